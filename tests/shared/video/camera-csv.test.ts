import { describe, expect, it } from 'vitest';
import { cameraInput, type CameraInput } from '../../../src/shared/schemas/town';
import {
  CAMERA_CSV_COLUMNS,
  decodeCamerasCsv,
  encodeCamerasCsv,
  parseCsv,
} from '../../../src/shared/video/camera-csv';
import { canonicalCameraInput, sameCameraInput } from '../../../src/shared/video/camera-registry';

const plain: CameraInput = {
  id: 'CAM-0001',
  name: '杨屯社区-东门-01',
  source: 'community',
  gridId: 'YT-JC-01',
  location: { lat: 34.880912345678, lng: 116.85527 },
  ptz: false,
  streams: { sub: { hls: '/sim/hls/CAM-0001/index.m3u8', codec: 'h264', width: 640, height: 360 } },
  snapshotUrl: '/sim/snapshot/CAM-0001.jpg',
  health: { kind: 'mediamtx', url: '/sim/v3/paths/list', path: 'CAM-0001' },
};
const awkward: CameraInput = {
  id: 'wvp.3402_01',
  name: '名称, 带"引号"\n和换行',
  source: 'police',
  gridId: 'YT-JC-02',
  location: { lat: -0.5, lng: 1e-7 },
  ptz: true,
  streams: {
    sub: { whep: 'http://m:8889/cam/whep', codec: 'h264', width: 640, height: 480 },
    main: {
      hls: 'http://m:8888/cam/index.m3u8',
      llhls: 'http://m:8888/cam/index.m3u8?ll=1',
      codec: 'h265',
      width: 2560,
      height: 1440,
    },
  },
  snapshotUrl: null,
  health: { kind: 'none' },
};

function decodeValid(text: string): CameraInput[] {
  const decoded = decodeCamerasCsv(text);
  if (!decoded.ok) throw new Error(decoded.reason);
  return decoded.rows.map((r) => cameraInput.parse(r.value));
}

describe('camera CSV', () => {
  it('starts with a UTF-8 BOM and the header row, and ends every record with CRLF', () => {
    const text = encodeCamerasCsv([plain]);
    expect(text.startsWith(`\uFEFF${CAMERA_CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(3);
    expect(text).toContain(
      'CAM-0001,杨屯社区-东门-01,community,YT-JC-01,34.880912345678,116.85527,false,/sim/hls/CAM-0001/index.m3u8,,,h264,640,360,,,,,,,/sim/snapshot/CAM-0001.jpg,mediamtx,/sim/v3/paths/list,CAM-0001',
    );
  });

  it('quotes fields with commas, quotes and line breaks as RFC 4180 says', () => {
    const text = encodeCamerasCsv([awkward]);
    expect(text).toContain('"名称, 带""引号""\n和换行"');
    expect(parseCsv('a,"b,c","d""e","f\r\ng"\r\n')).toEqual([['a', 'b,c', 'd"e', 'f\r\ng']]);
  });

  it('decodes what it encodes into equal camera inputs (both streams, no health, null snapshot)', () => {
    const back = decodeValid(encodeCamerasCsv([plain, awkward]));
    expect(back.map(canonicalCameraInput)).toEqual([plain, awkward].map(canonicalCameraInput));
    expect(encodeCamerasCsv(back)).toBe(encodeCamerasCsv([plain, awkward]));
  });

  it('reads columns by name in any order, LF line ends, no BOM, blank lines and unknown columns', () => {
    const text =
      'name,id,extra,gridId,source,lng,lat,sub_codec,sub_hls,sub_width,sub_height,ptz\n\n' +
      '东门,C-1,x,YT-JC-01,community,116.8,34.8,H264,/a.m3u8,640,360,是\n\n';
    const [cam] = decodeValid(text);
    expect(cam).toMatchObject({
      id: 'C-1',
      name: '东门',
      ptz: true,
      location: { lat: 34.8, lng: 116.8 },
      streams: { sub: { hls: '/a.m3u8', codec: 'h264', width: 640, height: 360 } },
      snapshotUrl: null,
      health: { kind: 'none' },
    });
    expect(cam!.streams.main).toBeUndefined();
  });

  it('keeps bad cells as they are so the schema names the field, numbering rows from the first camera', () => {
    const text =
      'id,name,source,gridId,lat,lng,sub_codec,sub_width,sub_height,ptz\r\n' +
      'C-1,a,community,G,34.8,116.8,h264,640,360,false\r\n' +
      'C-2,b,army,G,north,116.8,vp9,640,360,maybe\r\n';
    const decoded = decodeCamerasCsv(text);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.rows.map((r) => r.row)).toEqual([1, 2]);
    const result = cameraInput.safeParse(decoded.rows[1]!.value);
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['source', 'location.lat', 'ptz', 'streams.sub.codec']));
    // The first row has no URL: the stream's own rule says so.
    const first = cameraInput.safeParse(decoded.rows[0]!.value);
    expect(first.error!.issues.map((i) => i.path.join('.'))).toEqual(['streams.sub']);
  });

  it('refuses a file without a header or without the required columns', () => {
    expect(decodeCamerasCsv('')).toEqual({ ok: false, reason: expect.stringMatching(/header/) });
    expect(decodeCamerasCsv('\uFEFFid,name\r\nx,y\r\n')).toEqual({
      ok: false,
      reason: 'missing columns: source, gridId, lat, lng, sub_codec',
    });
  });

  it('compares inputs by meaning, not key order or undefined keys', () => {
    const reordered = JSON.parse(
      JSON.stringify({ ...plain, streams: { sub: { ...plain.streams.sub, llhls: undefined } } }),
    );
    expect(sameCameraInput(plain, reordered as CameraInput)).toBe(true);
    expect(sameCameraInput(plain, { ...plain, ptz: true })).toBe(false);
  });
});
