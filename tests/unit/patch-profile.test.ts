import { vi } from 'vitest';
import { patchProfile } from '../../src/shared/profile/api';

describe('saving the profile without a version', () => {
  it('refuses instead of sending If-Match: * (which would overwrite a change made elsewhere)', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch');
    await expect(patchProfile(null, { firstName: 'Anna' })).rejects.toMatchObject({ name: 'ApiError', code: 'missing_etag' });
    expect(fetch).not.toHaveBeenCalled();
  });
});
