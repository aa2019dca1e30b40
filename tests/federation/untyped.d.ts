// Test-only packages that ship no type declarations.
declare module '@peertube/http-signature' {
  import type { IncomingMessage } from 'node:http';

  const httpSignature: {
    parseRequest(req: IncomingMessage, opts?: { clockSkew?: number }): { keyId: string };
    verifySignature(parsed: unknown, publicKeyPem: string): boolean;
  };
  export default httpSignature;
}
declare module 'jsonld' {
  const jsonld: {
    expand(doc: unknown, opts?: { documentLoader?: (url: string) => Promise<unknown> }): Promise<unknown[]>;
  };
  export default jsonld;
}
