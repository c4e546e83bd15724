/** Told when the signed-in user changes: their id (null: no one), and the one before (undefined: not known). */
export type SignedInListener = (userId: string | null, before: string | null | undefined) => void;

/**
 * Who this tab last knew to be signed in, from the server's `me`, from this tab signing in or out, or
 * from another tab saying it did. Notes editors read it before every save.
 */
export class SignedIn {
  private id: string | null | undefined = undefined;
  private readonly listeners = new Set<SignedInListener>();

  /** The signed-in user's id, null when no one is, undefined until known. */
  get current(): string | null | undefined {
    return this.id;
  }

  /** Someone (or no one) is signed in; the listeners hear of a change. True when it changed. */
  set(userId: string | null): boolean {
    if (userId === this.id) return false;
    const before = this.id;
    this.id = userId;
    this.listeners.forEach((l) => l(userId, before));
    return true;
  }

  subscribe(listener: SignedInListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }
}

export const signedIn = new SignedIn();
