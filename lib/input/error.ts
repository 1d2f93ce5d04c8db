/**
 * Why an input was refused: the field's path ("burden.inpatient") and a message key under `errors.` in
 * messages/, with what is needed to say it (the allowed values, say). Never a thrown exception: callers
 * (the wizard, the CLI, share links) show these next to the field.
 */
export interface InputError {
  field: string;
  code: string;
  allowed?: readonly string[];
}
