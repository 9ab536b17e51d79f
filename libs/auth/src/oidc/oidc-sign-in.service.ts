import { Injectable, Logger } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import type { ActorRef, LoginResponse } from '@cordon/contracts';
import { DomainError, MappedAccess, ProviderIdentity, providerIdentity } from '@cordon/domain';
import { Spine } from '@cordon/platform';
import { toAuthUser, toUserView } from '../auth-user';
import { GroupMappingsService } from '../group-mappings/group-mappings.service';
import { UserAccessService } from '../group-mappings/user-access.service';
import { TokenService } from '../token.service';
import { DIRECTORY_STREAM } from '../users.service';
import { UsersRepository } from '../users.repository';
import { OidcClient } from './oidc-client';
import { OidcFlowStore } from './oidc-flow.store';
import { UserIdentitiesRepository } from './user-identities.repository';

const SSO_ACTOR: ActorRef = { id: null, name: 'Single sign-on', kind: 'system' };

/** Not a bcrypt hash: a user made by single sign-on has no password to sign in with. */
export const NO_PASSWORD = '!sso';

const isUniqueViolation = (err: unknown): boolean =>
  err instanceof QueryFailedError && (err.driverError as { code?: string }).code === '23505';

/**
 * Single sign-on: `begin` sends the browser to the provider; `complete` takes it back,
 * checks everything through openid-client, maps the groups (refusing a user none of whose
 * groups is mapped, before anything is written), then in one transaction finds the user by
 * the provider's (issuer, subject), else links the account with that email, else creates
 * one (`user.created`), sets the roles and department the groups give (`user.access_changed`)
 * and records the sign-in; then issues Cordon's usual token.
 */
@Injectable()
export class OidcSignInService {
  private readonly log = new Logger(OidcSignInService.name);

  constructor(
    private readonly oidc: OidcClient,
    private readonly flows: OidcFlowStore,
    private readonly mappings: GroupMappingsService,
    private readonly access: UserAccessService,
    private readonly users: UsersRepository,
    private readonly identities: UserIdentitiesRepository,
    private readonly tokens: TokenService,
    private readonly spine: Spine,
  ) {}

  /** The provider's URL, and the flow id the browser keeps in a cookie. */
  async begin(): Promise<{ url: string; flowId: string }> {
    const { url, flow } = await this.oidc.start();
    return { url, flowId: await this.flows.put(flow) };
  }

  async complete(callbackUrl: URL, flowId: string | null): Promise<LoginResponse> {
    const flow = await this.flows.take(flowId);
    if (!flow)
      throw new DomainError(
        'sso_failed',
        'This sign-in was not started here, has expired or was used already; start again',
      );
    const claims = await this.oidc.finish(callbackUrl, flow);
    const identity = providerIdentity(claims, this.oidc.settings.groupsClaim);
    const mapped = await this.mappings.resolve(identity.groups);
    if (!mapped) {
      this.log.warn({ msg: 'single sign-on refused: no group mapped', email: identity.email });
      throw new DomainError(
        'sso_unmapped',
        `${identity.email} signed in, but none of their groups is given a role in Cordon; ask an administrator`,
        { groups: identity.groups },
      );
    }
    let userId: string;
    try {
      userId = await this.provision(identity, mapped);
    } catch (err) {
      // two first sign-ins of one person at once: the second finds the first's user
      if (!isUniqueViolation(err)) throw err;
      userId = await this.provision(identity, mapped);
    }
    const user = await this.users.activeById(userId);
    if (!user) throw new DomainError('forbidden', 'This account is disabled');
    const authUser = toAuthUser(user);
    return { accessToken: this.tokens.issue(authUser), user: toUserView(authUser) };
  }

  private provision(identity: ProviderIdentity, mapped: MappedAccess): Promise<string> {
    return this.spine.run(SSO_ACTOR, async (tx) => {
      const linked = await this.identities.userIdFor(tx.manager, identity.issuer, identity.subject);
      let user = linked
        ? await this.users.activeById(linked, tx.manager)
        : await this.users.byEmail(identity.email, tx.manager);
      if (linked && !user) throw new DomainError('forbidden', 'This account is disabled');
      if (user && !user.active) throw new DomainError('forbidden', 'This account is disabled');
      if (!user) {
        user = await this.users.insert(tx.manager, {
          email: identity.email,
          name: identity.name,
          passwordHash: NO_PASSWORD,
          roles: mapped.roles,
          departmentId: mapped.departmentId,
        });
        tx.append(DIRECTORY_STREAM, 'user.created', {
          user: toUserView(toAuthUser(user)),
          sso: { issuer: identity.issuer, groups: mapped.matchedGroups },
        });
      } else {
        await this.access.refresh(tx, user, mapped, 'sso');
      }
      await this.identities.signedIn(
        tx.manager,
        {
          issuer: identity.issuer,
          subject: identity.subject,
          userId: user.id,
          groups: identity.groups,
        },
        new Date(),
      );
      return user.id;
    });
  }
}
