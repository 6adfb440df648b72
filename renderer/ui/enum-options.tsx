/** The `<option>`s of a select over a fixed list of values, each with its translated label. */
export function EnumOptions<T extends string>(props: {
  values: readonly T[];
  label: (value: T) => string;
}) {
  return (
    <>
      {props.values.map((value) => (
        <option key={value} value={value}>
          {props.label(value)}
        </option>
      ))}
    </>
  );
}
