import type { Socket } from 'socket.io';

interface PacketLike {
  data?: unknown;
}
interface NetLike {
  writableLength?: number;
}
interface WsLike {
  bufferedAmount?: number;
  _socket?: NetLike;
}

/**
 * Bytes waiting to reach one client: packets engine.io holds back while its transport is not
 * writable, plus what the TCP socket still buffers in user space. engine.io exposes neither in its
 * types, so they are read defensively.
 */
export function queuedBytes(socket: Socket): number {
  const conn = socket.conn as unknown as {
    writeBuffer?: PacketLike[];
    transport?: { socket?: WsLike; writable?: boolean };
  };
  // The common case, checked for every socket on every event: nothing held back and the last write
  // completed, so nothing is queued for this client.
  if ((conn.writeBuffer?.length ?? 0) === 0 && conn.transport?.writable === true) return 0;
  let total = 0;
  for (const packet of conn.writeBuffer ?? []) {
    const data = packet.data;
    if (typeof data === 'string') total += data.length;
    else if (data instanceof ArrayBuffer || ArrayBuffer.isView(data)) total += data.byteLength;
  }
  const ws = conn.transport?.socket;
  if (ws) total += Math.max(ws.bufferedAmount ?? 0, ws._socket?.writableLength ?? 0);
  return total;
}
