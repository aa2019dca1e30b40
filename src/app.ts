/**
 * Builds the HTTP app: shared middleware, the auth handler, every feature's
 * router under /api/v1, the OpenAPI document, and the web UI.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { OpenAPIHono } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import { accountRoutes } from './features/accounts/account.routes.ts';
import { type Auth, handleAuthRequest } from './features/accounts/auth.ts';
import { invitationRoutes } from './features/accounts/invitation.routes.ts';
import { memberRoutes } from './features/accounts/member.routes.ts';
import { allocationRoutes } from './features/allocation/allocation.routes.ts';
import { collaborationRoutes } from './features/collaboration/collaboration.routes.ts';
import { consortiaRoutes } from './features/consortia/call.routes.ts';
import { coopRoutes } from './features/coops/coop.routes.ts';
import { dashboardRoutes } from './features/dashboard/dashboard.routes.ts';
import { decisionRoutes } from './features/decisions/decision.routes.ts';
import { leadRoutes } from './features/leads/lead.routes.ts';
import { notificationRoutes } from './features/notifications/notification.routes.ts';
import { webhookRoutes } from './features/notifications/webhook.routes.ts';
import { partnershipRoutes } from './features/partnerships/partnership.routes.ts';
import { peopleRoutes } from './features/people/person.routes.ts';
import { spacesRoutes } from './features/spaces/spaces.routes.ts';
import { teamRoutes } from './features/teams/team.routes.ts';
import { termRoutes } from './features/terms/term.routes.ts';
import { federationMiddleware } from './federation/middleware.ts';
import { actorMiddleware } from './http/actor.ts';
import { clientIp } from './http/client-ip.ts';
import type { AppEnv, Deps } from './http/context.ts';
import { Problem } from './http/problem.ts';

export interface AppDeps extends Deps {
  auth: Auth;
  /** Folder holding the built web UI (index.html and assets), if any. */
  webRoot?: string;
}

export function createApp(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>();

  app.use('*', async (c, next) => {
    c.set('requestId', c.req.header('x-request-id') ?? randomUUID());
    await next();
    c.header('x-request-id', c.get('requestId'));
  });

  // ActivityPub, WebFinger and NodeInfo, ahead of the web app's fallback.
  app.use('*', federationMiddleware(deps));

  app.on(['GET', 'POST'], '/api/auth/*', (c) => handleAuthRequest(deps.auth, c.req.raw, clientIp(c)));

  app.use('/api/v1/*', actorMiddleware(deps.auth, deps.database.db));
  app.route('/api/v1', accountRoutes(deps));
  app.route('/api/v1', invitationRoutes(deps));
  app.route('/api/v1', memberRoutes(deps));
  app.route('/api/v1', coopRoutes(deps));
  app.route('/api/v1', peopleRoutes(deps));
  app.route('/api/v1', termRoutes(deps));
  app.route('/api/v1', leadRoutes(deps));
  app.route('/api/v1', notificationRoutes(deps));
  app.route('/api/v1', webhookRoutes(deps));
  app.route('/api/v1', allocationRoutes(deps));
  app.route('/api/v1', decisionRoutes(deps));
  app.route('/api/v1', teamRoutes(deps));
  app.route('/api/v1', consortiaRoutes(deps));
  app.route('/api/v1', collaborationRoutes(deps));
  app.route('/api/v1', spacesRoutes(deps));
  app.route('/api/v1', dashboardRoutes(deps));
  app.route('/api/v1', partnershipRoutes(deps));

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Minga API',
      version: '1.0.0',
      description:
        'Shared leads, fair allocation and inter-co-op teams for networks of technology co-operatives.',
    },
    servers: [{ url: deps.config.publicUrl }],
  });

  app.all('/api/*', () => {
    throw new Problem(404, 'Not Found', 'No such API endpoint.');
  });

  if (deps.webRoot && existsSync(path.join(deps.webRoot, 'index.html'))) {
    const root = deps.webRoot;
    const indexHtml = readFile(path.join(root, 'index.html'), 'utf8');
    app.use(
      '/assets/*',
      serveStatic({
        root,
        onFound: (_p, c) => c.header('Cache-Control', 'public, max-age=31536000, immutable'),
      }),
    );
    app.use('*', serveStatic({ root }));
    app.get('*', async (c) => c.html(await indexHtml));
  }

  app.onError((err, c) => {
    if (err instanceof Problem) {
      for (const [k, v] of Object.entries(err.headers ?? {})) c.header(k, v);
      return c.body(JSON.stringify(err.toJSON(c.req.path)), err.status as 400, {
        'content-type': 'application/problem+json',
      });
    }
    // Validators bundled with their own copy of Hono throw their own HTTPException: match by shape too.
    if (err instanceof HTTPException || (err.name === 'HTTPException' && 'status' in err)) {
      const status = Number((err as HTTPException).status);
      if (status < 500) {
        const detail = /json/i.test(err.message) ? 'The request body is not valid JSON.' : err.message;
        const p = new Problem(status, status === 413 ? 'Content Too Large' : 'Bad Request', detail);
        return c.body(JSON.stringify(p.toJSON(c.req.path)), status as 400, {
          'content-type': 'application/problem+json',
        });
      }
    }
    deps.log.error('unhandled error', {
      requestId: c.get('requestId'),
      path: c.req.path,
      error: String(err),
    });
    const p = new Problem(500, 'Internal Server Error', 'Something went wrong on our side.');
    return c.body(JSON.stringify(p.toJSON(c.req.path)), 500, { 'content-type': 'application/problem+json' });
  });

  return app;
}

export type App = ReturnType<typeof createApp>;
