/** Registers a custom element once: loading a bundle twice must not throw. */
export function define(name: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, ctor);
}
