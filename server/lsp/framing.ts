/**
 * A guard in front of the JSON-RPC reader on stdio: it checks each message's
 * header (`Content-Length: n`, lines ending in CRLF, a blank line) and the
 * announced size, and passes the bytes on unchanged. vscode-jsonrpc's reader
 * goes deaf after a header without a valid Content-Length and buffers any
 * announced length; here either ends the connection with a plain message.
 * Limits and why: docs/robustness.md ("Language server input").
 */
import { Transform, type TransformCallback } from 'node:stream';

/** The largest message accepted: a 5 MB document is about 10 MB as JSON with every character escaped; 64 MB leaves room. */
export const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;
/** The largest header part of one message (LSP sends one or two short lines). */
export const MAX_HEADER_BYTES = 8 * 1024;

export class FramingError extends Error {}

export class FramingGuard extends Transform {
  /** Header bytes of the message being read, until the blank line. */
  private header: Buffer[] = [];
  private headerBytes = 0;
  /** Body bytes still to come of the current message; -1 while reading a header. */
  private bodyLeft = -1;

  constructor(private readonly maxMessageBytes = MAX_MESSAGE_BYTES) {
    super();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    let at = 0;
    try {
      while (at < chunk.length) {
        if (this.bodyLeft >= 0) {
          const take = Math.min(this.bodyLeft, chunk.length - at);
          this.bodyLeft -= take;
          at += take;
          if (this.bodyLeft === 0) this.bodyLeft = -1;
          continue;
        }
        // In a header: look for its end (CRLF CRLF), possibly across chunks.
        const end = this.headerEnd(chunk, at);
        const piece = chunk.subarray(at, end < 0 ? chunk.length : end);
        this.header.push(piece);
        this.headerBytes += piece.length;
        if (this.headerBytes > MAX_HEADER_BYTES)
          throw new FramingError(`a message header is longer than ${MAX_HEADER_BYTES} bytes`);
        if (end < 0) {
          this.checkPartialHeader();
          at = chunk.length;
          break;
        }
        this.bodyLeft = this.contentLength(Buffer.concat(this.header).toString('ascii'));
        this.header = [];
        this.headerBytes = 0;
        at = end;
        if (this.bodyLeft === 0) this.bodyLeft = -1;
      }
    } catch (e) {
      // What came before the bad header is still delivered; then the connection ends.
      if (at > 0) this.push(chunk.subarray(0, at));
      done(e as Error);
      return;
    }
    done(null, chunk);
  }

  /** Offset just past the CRLF CRLF ending the header, counting bytes already held; -1 if not in this chunk. */
  private headerEnd(chunk: Buffer, from: number): number {
    const held = this.headerBytes > 0 ? Buffer.concat(this.header).subarray(-3) : Buffer.alloc(0);
    const joined = held.length ? Buffer.concat([held, chunk.subarray(from)]) : chunk.subarray(from);
    const i = joined.indexOf('\r\n\r\n');
    return i < 0 ? -1 : from + i + 4 - held.length;
  }

  /** A line feed without a carriage return can never end a header: refuse it now rather than wait. */
  private checkPartialHeader(): void {
    const text = Buffer.concat(this.header).toString('latin1');
    if (/(^|[^\r])\n/.test(text))
      throw new FramingError('a header line ends without a carriage return (headers end in CRLF)');
  }

  /** The body length the header announces, or a FramingError saying what is wrong with it. */
  private contentLength(header: string): number {
    const lines = header.slice(0, -4).split('\r\n');
    let length: number | undefined;
    for (const line of lines) {
      const colon = line.indexOf(':');
      if (colon <= 0 || /\n/.test(line))
        throw new FramingError(`malformed header line ${JSON.stringify(line.slice(0, 80))}`);
      const name = line.slice(0, colon).trim().toLowerCase();
      const value = line.slice(colon + 1).trim();
      if (name !== 'content-length') continue;
      if (!/^\d{1,20}$/.test(value))
        throw new FramingError(`Content-Length is not a number: ${JSON.stringify(value.slice(0, 40))}`);
      const n = Number(value);
      if (length !== undefined && length !== n) throw new FramingError('two different Content-Length headers');
      length = n;
    }
    if (length === undefined) throw new FramingError('a message header has no Content-Length');
    if (length > this.maxMessageBytes) {
      throw new FramingError(
        `a message of ${length} bytes is over the limit of ${this.maxMessageBytes} bytes (${Math.round(this.maxMessageBytes / 1048576)} MB)`,
      );
    }
    return length;
  }
}

/**
 * Standard input behind a FramingGuard. On a framing error the reason goes to
 * stderr and the stream closes, which ends the server (exit code 1, as for
 * any end of input before `shutdown`).
 */
export function guardedStdin(
  input: NodeJS.ReadableStream = process.stdin,
  maxMessageBytes = MAX_MESSAGE_BYTES,
): FramingGuard {
  const guard = new FramingGuard(maxMessageBytes);
  guard.on('error', (e) => {
    process.stderr.write(`agency-docs: closing the connection: ${e instanceof FramingError ? e.message : String(e)}\n`);
    process.exitCode = 1;
    input.unpipe(guard);
  });
  input.pipe(guard);
  return guard;
}
