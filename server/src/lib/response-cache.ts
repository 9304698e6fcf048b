// Serialized response bodies kept per data version: each distinct response is computed, hashed and compressed once.
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface CachedBody {
  body: Buffer;
  etag: string;
  contentType: string;
  gzip?: Buffer;
  br?: Buffer;
}

const COMPRESS_FROM_BYTES = 1024;

export class ResponseCache {
  private version = -1;
  private readonly entries = new Map<string, CachedBody>();

  constructor(private readonly maxEntries = 1000) {}

  get(version: number, key: string, contentType: string, compute: () => string | Buffer): CachedBody {
    if (version !== this.version) {
      this.entries.clear();
      this.version = version;
    }
    const hit = this.entries.get(key);
    if (hit) return hit;
    const raw = compute();
    const body = typeof raw === 'string' ? Buffer.from(raw) : raw;
    const hash = createHash('sha256').update(body).digest('base64url').slice(0, 16);
    const entry: CachedBody = { body, etag: `"v${version}-${hash}"`, contentType };
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, entry);
    return entry;
  }

  /** The body in the best encoding the client accepts, compressed at most once per entry. */
  static encode(entry: CachedBody, acceptEncoding: string | undefined): { body: Buffer; encoding: 'br' | 'gzip' | null } {
    if (!acceptEncoding || entry.body.length < COMPRESS_FROM_BYTES) return { body: entry.body, encoding: null };
    if (/\bbr\b/.test(acceptEncoding)) {
      entry.br ??= brotliCompressSync(entry.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } });
      return { body: entry.br, encoding: 'br' };
    }
    if (/\bgzip\b/.test(acceptEncoding)) {
      entry.gzip ??= gzipSync(entry.body, { level: 9 });
      return { body: entry.gzip, encoding: 'gzip' };
    }
    return { body: entry.body, encoding: null };
  }
}

/** True when an If-None-Match header names this strong ETag (or is *). */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === etag);
}
