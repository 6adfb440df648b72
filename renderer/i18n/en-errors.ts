import type { ErrorMessages } from './zh-cn-errors';

// English validation and error messages; the keys mirror zh-cn-errors.ts.
export const enErrors: ErrorMessages = {
  validation: {
    // CSV import
    extraCells:
      'This row has more cells than the header — an extra delimiter or an unquoted comma?',
    number: 'This should be a number',
    phoneScientific:
      'Excel turned this phone number into scientific notation (1.38E+10) and the digits are lost; format the column as Text in Excel and re-enter them',
    tooMany: 'There are too many of these',
    required: 'This field is required',
    tooLong: 'This is too long',
    phoneLetters: 'Phone numbers may contain digits, spaces and + - ( ) only — no letters',
    phoneInvalid: 'This does not look like a valid phone number',
    email: 'Enter a valid email address, e.g. name@example.com',
    date: 'Enter a valid date (YYYY-MM-DD)',
    instant: 'Enter a valid date and time',
    choice: 'Pick a value from the list',
    lat: 'Latitude must be between -90 and 90',
    lng: 'Longitude must be between -180 and 180',
    invalid: 'This value is not in the right format',
    contactOfCustomer: 'That contact does not belong to this customer',
    // Reminders
    repeat: 'Choose how it repeats: never, daily, weekly, monthly or yearly',
    dueInPast: 'This time has already passed',
    snoozeInPast: 'Snooze to a time later than now',
    unknownCustomer: 'That customer no longer exists; choose another one',
    range: 'This number is outside the allowed range',
    timeOfDay: 'Enter a valid time, e.g. 09:00',
    timeZone: 'This time zone is not recognised',
    // Visits
    visitDuration: 'Duration must be a whole number of minutes from 5 to 1440',
    latLngPair: 'Fill in both latitude and longitude, or neither',
    rangeOrder: 'The end must be later than the start',
    duplicateCustomers: 'A customer is selected twice',
    visitNotOnDate: 'This visit is not planned on the chosen day',
    // Automatic snapshots (settings)
    snapshotDaily: 'Keep 1 to 60 daily snapshots',
    snapshotWeekly: 'Keep 0 to 52 weekly snapshots',
  },
  errors: {
    databaseBusy:
      'The database is busy (an import or restore may be running). Please try again in a moment.',
    pathNotPicked: 'Kemai only reads and writes files you chose in a file dialog',
    import: {
      badHeader: 'The header (first row) of the file cannot be read',
      empty: 'The file is empty or has a header but no rows',
      encoding: "This file is not UTF-8 or GB18030 encoded; in Excel, save it as 'CSV UTF-8'",
      mappingMismatch:
        'The columns of the file do not match the chosen mapping; was the file changed?',
      strayQuote: 'A quote is in the wrong place in this row',
      unclosedQuote: 'A quote in this row is never closed',
      unreadable: 'The file cannot be read',
    },
    backup: {
      notArchive: 'This is not a Kemai backup file (.kemai-backup)',
      badManifest: 'The backup’s manifest (manifest.json) is damaged or incomplete',
      badRow: 'A row in the backup cannot be read',
      checksum: 'The backup file is damaged: a checksum does not match',
      columns: 'The data columns in the backup do not match Kemai’s',
      corrupt: 'The backup file is damaged and cannot be unpacked',
      foreignKeys: 'The records in the backup do not reference each other consistently',
      missingFile: 'The backup is incomplete: a data file is missing',
      rowCount: 'The backup is incomplete: row counts differ from its manifest',
      tooNew: 'This backup was made by a newer version of Kemai',
      unexpectedFile: 'The backup contains files that do not belong to Kemai',
    },
    jobs: {
      busy: 'Another import, export or backup is running',
      cancelled: 'The task was cancelled; nothing was changed',
      file: 'The file cannot be read or written',
      memoryDb: 'This database does not support background tasks',
    },
    validation: 'Some of the input is not valid',
    internal: 'Something went wrong inside Kemai',
    unknownChannel: 'That feature does not exist',
    forbidden: 'This action is not allowed',
    notFound: {
      generic: 'That record could not be found',
      customer: 'That customer could not be found',
      contact: 'That contact could not be found',
      interaction: 'That activity could not be found',
    },
    conflict: 'The data was changed by another action',
    network: 'Cannot reach the Kemai data service',
    unknown: 'An unknown error occurred',
    sampleTooLarge: 'That is too much sample data to load at once',
    reminders: {
      unknownCustomer: 'That customer could not be found; the reminder was not saved',
      notFound: 'That reminder could not be found',
      notOpen: 'That reminder is already done or dismissed',
      alreadyOpen: 'That reminder is already open again',
      snoozeInPast: 'Snooze to a time later than now',
    },
    visits: {
      notFound: 'That visit could not be found',
      unknownCustomer:
        'That customer could not be found (it may be in the Trash); the visit was not saved',
      cancelled: 'This visit is cancelled; reschedule it first',
      alreadyDone: 'This visit is already done',
      alreadyCheckedIn: 'This visit is already checked in',
      notOnDate: 'Some visits are not planned on this day, so the order was not saved',
    },
    snapshots: {
      folderMissing:
        'The snapshot folder cannot be found (if it is on a USB drive, the drive may not be plugged in)',
      notFolder: 'This path is not a folder',
      folderNotWritable:
        'Kemai cannot write to the snapshot folder (read-only, no permission or write-protected)',
      diskFull: 'The disk of the snapshot folder is full',
      folderNotAbsolute:
        'Enter the full path of a folder, e.g. D:\\Kemai snapshots or /media/usb/kemai',
    },
    rejectedRows: {
      cannotWrite:
        'The file cannot be written (it may be open in another program, or there is no permission)',
      none: 'This import has no rejected rows to save',
      gone: 'The rejected rows of this import are no longer kept; run the import again',
      folderMissing: 'The folder to save in does not exist',
      isFolder: 'This is a folder: add the file name to save as (e.g. rejected.csv)',
    },
  },
  errorHelp: {
    pathNotPicked: 'Use the "Choose file…" button to pick the file again.',
    import:
      'Check the file and try again: it should be a CSV file in UTF-8 or GB18030. Nothing was changed.',
    backup: 'Nothing was changed. Choose another backup file, or restore an automatic snapshot.',
    jobs: 'Wait for the running task to finish and try again; make sure no other program has the file open and the disk has space.',
    validation: 'Check the highlighted fields and try again.',
    internal: 'Your data is safe. Try again; if it keeps happening, restart Kemai.',
    unknownChannel: 'The app versions may not match — restart Kemai.',
    forbidden: 'This window is not allowed to do that.',
    notFound: 'It may have been deleted. Refresh the list or look in the Trash.',
    conflict: 'Refresh and make the change again.',
    network: 'Make sure Kemai is still running, then try again.',
    unknown: 'Please try again.',
    sampleTooLarge: 'Ask for fewer sample customers and try again.',
    reminders: 'Reminders have been refreshed; check their current state and try again.',
    snapshots: 'Plug the drive in, or choose another snapshot folder. Nothing was changed.',
    rejectedRows:
      'Choose another place to save (e.g. your Documents folder). The import itself is done and not affected.',
  },
};
