// A real OpenID provider (oidc-provider) on loopback, for the single sign-on tests: run as
// a child process because oidc-provider is an ES module (and warns on Node 20, harmlessly).
//   node oidc-test-provider.mjs   with OIDC_TEST_CONFIG='{"port","clientId","clientSecret",
//   "redirectUri","accounts":{"<login>":{"email","name","groups"}}}'
// Its development login pages accept any password: the login names the account.
// Prints "ready <issuer>" once it listens.
import Provider from 'oidc-provider';

const { port, clientId, clientSecret, redirectUri, accounts } = JSON.parse(
  process.env.OIDC_TEST_CONFIG ?? '{}',
);
const issuer = `http://127.0.0.1:${port}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: clientId,
      client_secret: clientSecret,
      redirect_uris: [redirectUri],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_post',
    },
  ],
  pkce: { required: () => true },
  claims: {
    openid: ['sub'],
    email: ['email', 'email_verified'],
    profile: ['name'],
    groups: ['groups'],
  },
  // scope-requested claims in the ID token too, as Entra ID puts groups there
  conformIdTokenClaims: false,
  features: { devInteractions: { enabled: true } },
  cookies: { keys: ['cordon-test-provider-cookie-key'] },
  async findAccount(_ctx, id) {
    const account = accounts[id];
    if (!account) return undefined;
    return { accountId: id, claims: async () => ({ sub: id, email_verified: true, ...account }) };
  },
});
provider.proxy = false;

const server = provider.listen(port, '127.0.0.1', () => console.log(`ready ${issuer}`));
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
