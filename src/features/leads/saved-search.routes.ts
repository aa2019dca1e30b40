/** HTTP for saved lead searches (each member's own). */
import { createRoute, z } from '@hono/zod-openapi';
import type { Deps } from '../../http/context.ts';
import { PagingQuery } from '../../http/paging.ts';
import { createRouter, jsonBody, jsonResponse, problems } from '../../http/router.ts';
import { SavedSearch, SavedSearchInput, SavedSearchPage, SavedSearchUpdate } from './lead.search.schemas.ts';
import {
  createSavedSearch,
  deleteSavedSearch,
  getSavedSearch,
  listSavedSearches,
  updateSavedSearch,
} from './saved-search.service.ts';

const IdParam = z.object({ id: z.uuid() });
const tags = ['Saved searches'];

export function savedSearchRoutes({ database }: Deps) {
  const { db } = database;
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/saved-searches',
        tags,
        summary: 'Your saved lead searches',
        request: { query: z.object(PagingQuery) },
        responses: { 200: jsonResponse(SavedSearchPage, 'A page of saved searches'), ...problems(401) },
      }),
      async (c) => c.json(await listSavedSearches(db, c.get('actor'), c.req.valid('query')), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/saved-searches',
        tags,
        summary: 'Save a lead search',
        request: { body: jsonBody(SavedSearchInput) },
        responses: { 201: jsonResponse(SavedSearch, 'The saved search'), ...problems(401, 422) },
      }),
      async (c) => c.json(await createSavedSearch(db, c.get('actor'), c.req.valid('json')), 201),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/saved-searches/{id}',
        tags,
        summary: 'One saved search',
        request: { params: IdParam },
        responses: { 200: jsonResponse(SavedSearch, 'The saved search'), ...problems(401, 404) },
      }),
      async (c) => c.json(await getSavedSearch(db, c.get('actor'), c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({
        method: 'patch',
        path: '/saved-searches/{id}',
        tags,
        summary: 'Rename a saved search or change its query',
        request: { params: IdParam, body: jsonBody(SavedSearchUpdate) },
        responses: { 200: jsonResponse(SavedSearch, 'The saved search'), ...problems(401, 404, 422) },
      }),
      async (c) =>
        c.json(
          await updateSavedSearch(db, c.get('actor'), c.req.valid('param').id, c.req.valid('json')),
          200,
        ),
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/saved-searches/{id}',
        tags,
        summary: 'Delete a saved search',
        request: { params: IdParam },
        responses: { 204: { description: 'Deleted' }, ...problems(401, 404) },
      }),
      async (c) => {
        await deleteSavedSearch(db, c.get('actor'), c.req.valid('param').id);
        return c.body(null, 204);
      },
    );
}
