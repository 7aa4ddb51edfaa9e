import { call, sampleVideo, startWithClock, submitted, tokenOf, detail, Json, Clock } from './helpers';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { listBoxes } = require('./mp4');

/** Finds a box by a path of types, e.g. ['moov', 'trak', 'mdia']. */
function findBox(buf: Buffer, path: string[], start = 0, end = buf.length): { start: number; size: number } {
  const b = listBoxes(buf, start, end).find((x: Json) => x.type === path[0]);
  if (!b) throw new Error(`no ${path[0]}`);
  return path.length === 1 ? b : findBox(buf, path.slice(1), b.start + 8, b.start + b.size);
}

describe('the sample video', () => {
  const video: Buffer = sampleVideo();

  test('is a few KB and the same on every call', () => {
    expect(video.length).toBeGreaterThan(1000);
    expect(video.length).toBeLessThan(16 * 1024);
    expect(sampleVideo().equals(video)).toBe(true);
  });

  test('is an ISO-BMFF file: ftyp, moov, mdat with nothing left over', () => {
    expect(listBoxes(video).map((b: Json) => b.type)).toEqual(['ftyp', 'moov', 'mdat']);
    expect(video.toString('latin1', 8, 12)).toBe('isom');
  });

  test('its one avc1 track points into mdat and its sample sizes fill mdat exactly', () => {
    const stbl = ['moov', 'trak', 'mdia', 'minf', 'stbl'];
    const stsd = findBox(video, [...stbl, 'stsd']);
    expect(video.toString('latin1', stsd.start + 20, stsd.start + 24)).toBe('avc1');
    const stco = findBox(video, [...stbl, 'stco']);
    const chunkOffset = video.readUInt32BE(stco.start + 16);
    const stsz = findBox(video, [...stbl, 'stsz']);
    const count = video.readUInt32BE(stsz.start + 16);
    let total = 0;
    for (let i = 0; i < count; i++) total += video.readUInt32BE(stsz.start + 20 + 4 * i);
    const mdat = findBox(video, ['mdat']);
    expect(chunkOffset).toBe(mdat.start + 8);
    expect(total).toBe(mdat.size - 8);
    expect(count).toBe(4);
    // each sample is one length-prefixed IDR NAL unit (type 5)
    expect(video.readUInt32BE(chunkOffset) + 4).toBe(video.readUInt32BE(stsz.start + 20));
    expect(video[chunkOffset + 4] & 0x1f).toBe(5);
  });
});

describe('GET /files/<id>.mp4', () => {
  let sim: Json;
  let clock: Clock;
  let token: string;

  beforeEach(async () => {
    ({ sim, clock } = await startWithClock({ renderMs: 1000 }));
    token = await tokenOf(sim);
  });
  afterEach(() => sim.close());

  test('serves the sample video byte for byte as video/mp4 at output_url', async () => {
    const id = await submitted(sim, token);
    clock.advance(1000);
    const url = (await detail(sim, token, id)).json.data.output_url[0];
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('video/mp4');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.equals(sampleVideo())).toBe(true);
  });

  test('answers 404 before the task succeeds, for a failed task and for an unknown id', async () => {
    const id = await submitted(sim, token);
    expect((await call(sim.url, 'GET', `/files/${id}.mp4`)).status).toBe(404);
    const failed = await submitted(sim, token, { ref_prompt: 'x [fail]' });
    clock.advance(1000);
    expect((await call(sim.url, 'GET', `/files/${failed}.mp4`)).status).toBe(404);
    expect((await call(sim.url, 'GET', '/files/00000000-0000-4000-8000-000000000000.mp4')).status).toBe(404);
    expect((await call(sim.url, 'GET', `/files/${id}.mp4`)).status).toBe(200);
  });
});
