/**
 * A minimal socket.io client over raw TCP (node:net) for the measuring process: the HTTP Upgrade,
 * WebSocket framing (RFC 6455), the engine.io v4 handshake and ping/pong, and the socket.io
 * connect packet, nothing more. socket.io-client costs ~40 µs of CPU per delivered message (its
 * emitter chain, the parser, a JSON.parse of every payload); with 280 sockets × 100 events/s that
 * is more than one core, so on a 2-core machine the client starved the server it was measuring.
 *
 * Reading goes through net's `onread` with ONE buffer shared by every socket: no Buffer and no
 * stream 'data' event per read. The callback runs synchronously right after the read, so the
 * shared bytes are only valid inside it; a frame cut by the end of a read is copied aside.
 *
 * Every socket.io event message (`42[...]`) is handed, still as bytes, to `onEvent` together with
 * the receipt time taken first thing in the read callback, before any parsing.
 */
import { createHash, randomBytes } from 'node:crypto';
import { connect, type Socket as NetSocket } from 'node:net';

/** Receipt time on the wall clock with sub-ms resolution (see time.ts wallClockMs), origin cached. */
const ORIGIN = performance.timeOrigin;

/**
 * One socket.io event: the text frame's payload is buf[start, end) and begins with `42[`. The
 * bytes are only valid during the call.
 */
export type EventHandler = (buf: Buffer, start: number, end: number, receivedMs: number) => void;

export interface RawClientOptions {
  host: string;
  port: number;
  /** `gc_session=…`, or null for no Cookie header. */
  cookie: string | null;
  timeoutMs: number;
  onEvent: EventHandler;
  /** The connection ended after the socket.io connect (server close, TCP close, 41 disconnect). */
  onDisconnect: () => void;
  /** Something the server sent that this client does not expect (binary frame, masked frame…). */
  onProtocolError: (what: string) => void;
}

const WS_GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';
/** Big enough for what the kernel hands over in one read of a busy socket. */
const READ_BUFFER = Buffer.allocUnsafe(256 * 1024);

const OP_CONTINUATION = 0x0;
const OP_TEXT = 0x1;
const OP_BINARY = 0x2;
const OP_CLOSE = 0x8;
const OP_PING = 0x9;
const OP_PONG = 0xa;

const CH_0 = 0x30; // engine.io open, socket.io CONNECT
const CH_1 = 0x31; // engine.io close, socket.io DISCONNECT
const CH_2 = 0x32; // engine.io ping, socket.io EVENT
const CH_4 = 0x34; // engine.io message, socket.io CONNECT_ERROR

type Phase = 'http' | 'engine-open' | 'sio-connect' | 'connected' | 'closed';

export class RawSocketIo {
  private phase: Phase = 'http';
  /** Bytes of an incomplete frame (or HTTP head) left from the previous read, copied. */
  private rest: Buffer | null = null;
  /** Payload pieces of a fragmented message, and its opcode. */
  private fragments: Buffer[] | null = null;
  private fragmentOpcode = 0;
  private readonly key = randomBytes(16).toString('base64');
  private readonly tcp: NetSocket;
  private settle: ((err: string | null) => void) | null;
  private readonly timer: NodeJS.Timeout;

  private constructor(
    private readonly o: RawClientOptions,
    settle: (err: string | null) => void,
  ) {
    this.settle = settle;
    this.timer = setTimeout(() => this.fail(`timeout after ${o.timeoutMs} ms in ${this.phase}`), o.timeoutMs);
    this.tcp = connect({
      host: o.host,
      port: o.port,
      noDelay: true,
      onread: { buffer: READ_BUFFER, callback: (n) => this.onRead(n) },
    });
    this.tcp.on('connect', () => {
      this.tcp.write(
        `GET /socket.io/?EIO=4&transport=websocket HTTP/1.1\r\nHost: ${o.host}:${o.port}\r\n` +
          `Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: ${this.key}\r\n` +
          `Sec-WebSocket-Version: 13\r\n${o.cookie ? `Cookie: ${o.cookie}\r\n` : ''}\r\n`,
      );
    });
    this.tcp.on('error', (err) => this.fail(err.message));
    this.tcp.on('close', () => this.ended('tcp closed'));
  }

  /** Resolves with the client once the socket.io connect is acknowledged (`40{...}`). */
  static open(o: RawClientOptions): Promise<{ client: RawSocketIo; error: string | null }> {
    return new Promise((resolve) => {
      const client: RawSocketIo = new RawSocketIo(o, (error) => resolve({ client, error }));
    });
  }

  get connected(): boolean {
    return this.phase === 'connected';
  }

  close(): void {
    this.phase = 'closed';
    clearTimeout(this.timer);
    this.tcp.destroy();
  }

  // ---- reading -------------------------------------------------------------------------------

  private onRead(n: number): boolean {
    // Receipt time FIRST, for every message in this read.
    const received = ORIGIN + performance.now();
    let buf: Buffer;
    let len: number;
    if (this.rest === null) {
      buf = READ_BUFFER;
      len = n;
    } else {
      buf = Buffer.concat([this.rest, READ_BUFFER.subarray(0, n)]);
      len = buf.length;
      this.rest = null;
    }
    let pos = 0;
    if (this.phase === 'http') {
      pos = this.readHead(buf, len);
      if (pos < 0) return true;
    }
    pos = this.readFrames(buf, pos, len, received);
    // Whatever is left is the start of a frame: copy it out of the shared buffer.
    if (pos < len && this.phase !== 'closed') this.rest = Buffer.from(buf.subarray(pos, len));
    return true;
  }

  /** Parses the 101 response; returns where the frames begin, or -1 (need more, or failed). */
  private readHead(buf: Buffer, len: number): number {
    const end = buf.indexOf('\r\n\r\n', 0, 'latin1');
    if (end < 0 || end >= len) {
      this.rest = Buffer.from(buf.subarray(0, len));
      return -1;
    }
    const head = buf.toString('latin1', 0, end);
    if (!head.startsWith('HTTP/1.1 101')) {
      this.fail(head.split('\r\n', 1)[0] ?? head);
      return -1;
    }
    const accept = /^sec-websocket-accept:\s*(\S+)/im.exec(head)?.[1];
    const expected = createHash('sha1')
      .update(this.key + WS_GUID)
      .digest('base64');
    if (accept !== expected) {
      this.fail(`bad Sec-WebSocket-Accept '${accept ?? ''}'`);
      return -1;
    }
    this.phase = 'engine-open';
    return end + 4;
  }

  /** Handles every complete frame in buf[pos, len); returns where the first incomplete one starts. */
  private readFrames(buf: Buffer, pos: number, len: number, received: number): number {
    while (pos + 2 <= len && this.phase !== 'closed') {
      const b0 = buf[pos] as number;
      const b1 = buf[pos + 1] as number;
      let size = b1 & 0x7f;
      let offset = pos + 2;
      if (size === 126) {
        if (offset + 2 > len) break;
        size = buf.readUInt16BE(offset);
        offset += 2;
      } else if (size === 127) {
        if (offset + 8 > len) break;
        size = buf.readUInt32BE(offset) * 0x1_0000_0000 + buf.readUInt32BE(offset + 4);
        offset += 8;
      }
      const masked = (b1 & 0x80) !== 0;
      const maskAt = offset;
      if (masked) offset += 4;
      const end = offset + size;
      if (end > len) break;
      if (masked) {
        // Servers must not mask (RFC 6455 5.1); unmask anyway so the message is not lost.
        this.o.onProtocolError('masked server frame');
        for (let i = 0; i < size; i++)
          buf[offset + i] = (buf[offset + i] as number) ^ (buf[maskAt + (i & 3)] as number);
      }
      this.onFrame(b0, buf, offset, end, received);
      pos = end;
    }
    return pos;
  }

  private onFrame(b0: number, buf: Buffer, start: number, end: number, received: number): void {
    const fin = (b0 & 0x80) !== 0;
    const opcode = b0 & 0x0f;
    if (opcode === OP_TEXT && fin && this.fragments === null) {
      this.onMessage(buf, start, end, received);
      return;
    }
    switch (opcode) {
      case OP_TEXT:
      case OP_BINARY:
        // The first frame of a fragmented message: keep a copy until the final continuation.
        this.fragments = [Buffer.from(buf.subarray(start, end))];
        this.fragmentOpcode = opcode;
        if (fin) this.endFragments(received);
        return;
      case OP_CONTINUATION:
        if (this.fragments === null) {
          this.o.onProtocolError('continuation frame without a first frame');
          return;
        }
        this.fragments.push(Buffer.from(buf.subarray(start, end)));
        if (fin) this.endFragments(received);
        return;
      case OP_PING:
        this.sendFrame(OP_PONG, Buffer.from(buf.subarray(start, end)));
        return;
      case OP_PONG:
        return;
      case OP_CLOSE:
        // Echo the status code, then end (the server closes the TCP connection).
        this.sendFrame(OP_CLOSE, Buffer.from(buf.subarray(start, Math.min(end, start + 2))));
        this.ended('close frame');
        this.tcp.end();
        return;
      default:
        this.o.onProtocolError(`opcode ${opcode}`);
    }
  }

  private endFragments(received: number): void {
    const whole = Buffer.concat(this.fragments ?? []);
    const opcode = this.fragmentOpcode;
    this.fragments = null;
    if (opcode === OP_TEXT) this.onMessage(whole, 0, whole.length, received);
    else this.o.onProtocolError('binary message');
  }

  /** One engine.io packet (one WebSocket text message). */
  private onMessage(buf: Buffer, start: number, end: number, received: number): void {
    const c0 = buf[start];
    if (c0 === CH_4) {
      const c1 = buf[start + 1];
      if (c1 === CH_2 && this.phase === 'connected') {
        this.o.onEvent(buf, start, end, received);
      } else if (c1 === CH_0 && this.phase === 'sio-connect') {
        this.phase = 'connected';
        this.succeed();
      } else if (c1 === CH_4) {
        this.fail(`connect_error ${buf.toString('utf8', start + 2, end)}`);
      } else if (c1 === CH_1) {
        this.ended('socket.io disconnect');
        this.tcp.destroy();
      }
      // Anything else (acks, binary events) never comes from these servers.
    } else if (c0 === CH_2) {
      // engine.io ping → pong with the same data (none in v4), or the server drops us.
      this.sendText(end - start === 1 ? '3' : `3${buf.toString('utf8', start + 1, end)}`);
    } else if (c0 === CH_0 && this.phase === 'engine-open') {
      // `0{"sid":…,"pingInterval":…}`: the engine.io session is open; join the main namespace.
      this.phase = 'sio-connect';
      this.sendText('40');
    } else if (c0 === CH_1) {
      this.ended('engine.io close');
      this.tcp.destroy();
    }
    // 6 (noop) and anything else: nothing to do.
  }

  // ---- writing -------------------------------------------------------------------------------

  private sendText(text: string): void {
    this.sendFrame(OP_TEXT, Buffer.from(text, 'utf8'));
  }

  /** One masked frame (clients must mask); these are rare (connect, pongs), so no pooling. */
  private sendFrame(opcode: number, payload: Buffer): void {
    if (this.tcp.destroyed || !this.tcp.writable) return;
    const n = payload.length;
    const ext = n < 126 ? 0 : n < 65536 ? 2 : 8;
    const frame = Buffer.allocUnsafe(2 + ext + 4 + n);
    frame[0] = 0x80 | opcode;
    if (ext === 0) frame[1] = 0x80 | n;
    else if (ext === 2) {
      frame[1] = 0x80 | 126;
      frame.writeUInt16BE(n, 2);
    } else {
      frame[1] = 0x80 | 127;
      frame.writeUInt32BE(Math.floor(n / 0x1_0000_0000), 2);
      frame.writeUInt32BE(n >>> 0, 6);
    }
    const maskAt = 2 + ext;
    randomBytes(4).copy(frame, maskAt);
    for (let i = 0; i < n; i++)
      frame[maskAt + 4 + i] = (payload[i] as number) ^ (frame[maskAt + (i & 3)] as number);
    this.tcp.write(frame);
  }

  // ---- life cycle ----------------------------------------------------------------------------

  private succeed(): void {
    clearTimeout(this.timer);
    const settle = this.settle;
    this.settle = null;
    settle?.(null);
  }

  private fail(message: string): void {
    clearTimeout(this.timer);
    const settle = this.settle;
    this.settle = null;
    if (this.phase !== 'connected') this.phase = 'closed';
    this.tcp.destroy();
    settle?.(message);
  }

  private ended(why: string): void {
    if (this.phase === 'connected') {
      this.phase = 'closed';
      this.o.onDisconnect();
    } else if (this.phase !== 'closed') {
      this.fail(why);
    }
  }
}
