/** The server's (or the form's) complaint about one field, announced, and named by the field's aria-describedby. */
export function FieldError({ id, message }: { id: string; message: string | null | undefined }) {
  if (!message) return null;
  return (
    <p class="field-error" id={id} role="alert">
      <span class="visually-hidden">Error: </span>
      {message}
    </p>
  );
}
