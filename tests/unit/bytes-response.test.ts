import { describe, expect, it } from 'vitest';
import { bytesResponse } from '~/server/http/bytes-response';

describe('bytesResponse', () => {
  it('answers with the bytes given, status and headers as asked', async () => {
    const bytes = new TextEncoder().encode('<!DOCTYPE html><p>¢</p>');
    const response = bytesResponse(bytes, { status: 200, headers: { 'Content-Length': String(bytes.byteLength) } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe(String(bytes.byteLength));
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes);
  });

  it('hands on the same bytes without copying them (which is why callers must leave them alone)', async () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const reader = bytesResponse(bytes, {}).body!.getReader();
    const { value } = await reader.read();
    expect(value).toBe(bytes);
    expect((await reader.read()).done).toBe(true);
  });

  it('has an empty body for no bytes, and can be read twice through clone()', async () => {
    expect(await bytesResponse(new Uint8Array(0), { status: 200 }).text()).toBe('');
    const response = bytesResponse(new TextEncoder().encode('twice'), {});
    expect(await response.clone().text()).toBe('twice');
    expect(await response.text()).toBe('twice');
  });
});
