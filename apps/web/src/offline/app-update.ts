/**
 * A new version of the app is installed and waiting (the service worker registers with "prompt", see
 * vite.config.mts): the notice offers it, and `apply` switches to it and reloads.
 */
class AppUpdate {
  private applyFn: (() => void) | null = null;
  private readonly listeners = new Set<() => void>();

  get waiting(): boolean {
    return this.applyFn !== null;
  }

  offer(apply: () => void): void {
    this.applyFn = apply;
    this.listeners.forEach((l) => l());
  }

  apply(): void {
    this.applyFn?.();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }
}

export const appUpdate = new AppUpdate();
