import { patchProfile } from '../../src/shared/profile/api';

describe('saving the profile without a version', () => {
  it('refuses instead of sending If-Match: * (which would overwrite a change made elsewhere)', async () => {
    // Had anything been sent, the backend would have answered (401: no session here), not this.
    await expect(patchProfile(null, { firstName: 'Anna' })).rejects.toMatchObject({ name: 'ApiError', code: 'missing_etag' });
  });
});
