import { v7 as uuidv7 } from 'uuid';

/** Time-ordered ids (UUIDv7): unique across machines, so data can be merged later. */
export function newId(): string {
  return uuidv7();
}
