// The part of jsdom (a client devDependency, untyped here) the server tests use: its standards-conformant DOMParser.
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string);
    readonly window: { DOMParser: typeof DOMParser };
  }
}
