import { tokenFromFragment } from './signed-in';

describe('tokenFromFragment', () => {
  it('reads the token from the fragment', () => {
    expect(tokenFromFragment('#token=aa.bb-cc_dd')).toBe('aa.bb-cc_dd');
    expect(tokenFromFragment('token=x.y.z')).toBe('x.y.z');
  });

  it('has none without a token or with one that is not a JWT', () => {
    expect(tokenFromFragment('')).toBeNull();
    expect(tokenFromFragment('#error=sso_failed')).toBeNull();
    expect(tokenFromFragment('#token=<script>')).toBeNull();
  });
});
