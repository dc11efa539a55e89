/**
 * Analyst overrides for entity resolution, kept in a JSON file (see
 * config/entity-overrides.example.json). All three lists are optional:
 *
 *   {
 *     "merge":  [{ "type": "person", "names": ["Gunay Ragimova", "Günay Rəhimova"], "into": "Gunay Rahimova" }],
 *     "split":  [{ "type": "person", "name": "Ali Aliyev", "cases": [
 *                  { "as": "Ali Aliyev (Ministry of Culture)", "affiliation": "Ministry of Culture" },
 *                  { "as": "Ali Aliyev (painter)", "articleIds": ["3f2a9c0d1e2b4a5c"] } ] }],
 *     "rename": [{ "type": "organisation", "name": "Culture Ministry", "display": "Ministry of Culture of Azerbaijan" }]
 *   }
 *
 * merge  — every listed name (and every spelling that resolves like it) becomes one entity,
 *          with the id and display name of `into` (default: the first name).
 * split  — mentions of `name` that match a case (by affiliation, or by article id) become the
 *          entity labelled `as`; mentions matching no case stay the plain entity.
 * rename — the entity found by `name` (any spelling or alias of it) is shown as `display`;
 *          its id does not change.
 * Names are matched after the resolver's own folding, so diacritics and transliteration do not
 * matter. Re-applying an edited file is re-resolving stored mentions: the resolver is a pure
 * function of (entity, overrides).
 */
import { z } from 'zod';
import { ENTITY_TYPES } from '../model.js';
import { ValidationError } from '../errors.js';
import type { EntityOverrides } from './types.js';

const entityType = z.enum(ENTITY_TYPES);
const name = z.string().trim().min(1);

const schema = z
  .object({
    merge: z.array(z.object({ type: entityType, names: z.array(name).min(2), into: name.optional() }).strict()).default([]),
    split: z
      .array(
        z
          .object({
            type: entityType,
            name,
            cases: z
              .array(
                z
                  .object({ as: name, affiliation: name.optional(), articleIds: z.array(name).min(1).optional() })
                  .strict()
                  .refine((c) => c.affiliation !== undefined || c.articleIds !== undefined, {
                    message: 'a split case needs "affiliation" or "articleIds"',
                  }),
              )
              .min(1),
          })
          .strict(),
      )
      .default([]),
    rename: z.array(z.object({ type: entityType, name, display: name }).strict()).default([]),
    $comment: z.string().optional(),
  })
  .strict();

/** Validate an overrides document (already JSON-parsed). Throws ValidationError listing every problem. */
export function parseOverrides(json: unknown): EntityOverrides {
  const result = schema.safeParse(json ?? {});
  if (!result.success) {
    throw new ValidationError(
      'invalid entity overrides',
      result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    );
  }
  const { merge, split, rename } = result.data;
  return { merge, split, rename };
}

export const NO_OVERRIDES: EntityOverrides = { merge: [], split: [], rename: [] };
