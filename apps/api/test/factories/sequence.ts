let n = 0;

/** A number no other factory call in this test file has had: keeps slugs, names and emails unique. */
export const next = (): number => ++n;
