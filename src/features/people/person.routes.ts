import { createRoute, z } from '@hono/zod-openapi';
import type { Deps } from '../../http/context.ts';
import { createRouter, jsonBody, jsonResponse, problems } from '../../http/router.ts';
import { AvailabilityInput, Person, PersonCreate, PersonList, PersonUpdate } from './person.schemas.ts';
import {
  addPerson,
  getPerson,
  listPeople,
  removePerson,
  setAvailability,
  updatePerson,
} from './person.service.ts';

const SlugParam = z.object({ slug: z.string().min(1).max(100) });
const IdParam = z.object({ id: z.uuid() });
const ok = (description: string) => jsonResponse(Person, description);

export function peopleRoutes({ database }: Deps) {
  const { db } = database;
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/coops/{slug}/people',
        tags: ['People'],
        summary: 'A co-op’s people, skills and availability (members)',
        request: { params: SlugParam },
        responses: {
          200: { description: 'People', content: { 'application/json': { schema: PersonList } } },
          ...problems(401, 404),
        },
      }),
      async (c) => c.json(await listPeople(db, c.get('actor'), c.req.valid('param').slug), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/coops/{slug}/people',
        tags: ['People'],
        summary: 'Add a person to a co-op (its admins)',
        request: { params: SlugParam, body: jsonBody(PersonCreate) },
        responses: { 201: ok('Added'), ...problems(401, 403, 404, 422) },
      }),
      async (c) =>
        c.json(await addPerson(db, c.get('actor'), c.req.valid('param').slug, c.req.valid('json')), 201),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/people/{id}',
        tags: ['People'],
        summary: 'One person (members)',
        request: { params: IdParam },
        responses: { 200: ok('The person'), ...problems(401, 404) },
      }),
      async (c) => c.json(await getPerson(db, c.get('actor'), c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({
        method: 'patch',
        path: '/people/{id}',
        tags: ['People'],
        summary: 'Edit a person (their co-op’s admins)',
        request: { params: IdParam, body: jsonBody(PersonUpdate) },
        responses: { 200: ok('Updated'), ...problems(401, 403, 404, 422) },
      }),
      async (c) =>
        c.json(await updatePerson(db, c.get('actor'), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(
      createRoute({
        method: 'put',
        path: '/people/{id}/availability',
        tags: ['People'],
        summary: 'Declare availability (the person, or their co-op’s admins)',
        request: { params: IdParam, body: jsonBody(AvailabilityInput) },
        responses: { 200: ok('Updated'), ...problems(401, 403, 404, 422) },
      }),
      async (c) =>
        c.json(await setAvailability(db, c.get('actor'), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/people/{id}',
        tags: ['People'],
        summary: 'Remove a person (their co-op’s admins)',
        request: { params: IdParam },
        responses: { 204: { description: 'Removed' }, ...problems(401, 403, 404) },
      }),
      async (c) => {
        await removePerson(db, c.get('actor'), c.req.valid('param').id);
        return c.body(null, 204);
      },
    );
}
