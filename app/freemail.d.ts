// The "freemail" package (a list of free and disposable mail domains) ships no types.
declare module "freemail" {
  /** Whether the address is on a free or disposable mail provider's domain. */
  export function isFree(email: string): boolean;
  export function isDisposable(email: string): boolean;
  const freemail: { isFree: typeof isFree; isDisposable: typeof isDisposable };
  export default freemail;
}
