/**
 * The entity gold sets' scoring rule (../shared/datasets/entities/README.md, "Scoring to
 * implement"): per document and per type, predictions deduplicated by normalised name, matched
 * against certain gold first and uncertain gold second (a prediction matching uncertain gold is
 * left out), each gold entity matched at most once. Plus person→affiliation pairs.
 */
import { foldName } from '../../shared/domain/text/fold.js';
import { ENTITY_TYPES, type EntityType } from '../../shared/domain/model.js';

export interface GoldEntity {
  readonly type: EntityType;
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly role?: string | null;
  readonly affiliation?: string | null;
  readonly uncertain?: boolean;
  /** The usual English name (az/ru set only). */
  readonly en?: string;
}

export interface PredictedEntity {
  readonly type: EntityType;
  readonly name: string;
  readonly affiliation?: string | null;
  /** The system's English name for an az/ru entity, if it gives one. */
  readonly en?: string | null;
}

/** English-name links on true positives whose certain gold entity has `en` (README "Cross-language linking"). */
export interface EnLinks {
  correct: number;
  /** True positives whose gold has `en`. */
  total: number;
  /** Certain gold entities with `en`, matched or not (coverage over the whole gold). */
  gold: number;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface DocScore {
  readonly perType: Record<EntityType, Counts>;
  readonly pairs: Counts;
  /** Unmatched predictions and certain gold, for error listings. */
  readonly falsePositives: readonly PredictedEntity[];
  readonly falseNegatives: readonly GoldEntity[];
  readonly pairErrors: readonly string[];
  readonly en: EnLinks;
  readonly enErrors: readonly string[];
}

export const HEADLINE_TYPES: readonly EntityType[] = ['person', 'organisation', 'project', 'event'];

export function emptyCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

function keysOf(g: GoldEntity): Set<string> {
  return new Set([g.name, ...(g.aliases ?? [])].map(foldName));
}

/** Score one document. */
export function scoreDocument(gold: readonly GoldEntity[], predicted: readonly PredictedEntity[]): DocScore {
  const perType = Object.fromEntries(ENTITY_TYPES.map((t) => [t, emptyCounts()])) as Record<EntityType, Counts>;
  const falsePositives: PredictedEntity[] = [];
  const falseNegatives: GoldEntity[] = [];
  /** Which gold entity each prediction matched (certain or uncertain), for pairs and English names. */
  const personMatch = new Map<PredictedEntity, GoldEntity>();

  for (const type of ENTITY_TYPES) {
    const golds = gold.filter((g) => g.type === type);
    const goldKeys = new Map(golds.map((g) => [g, keysOf(g)]));
    const seen = new Set<string>();
    const preds = predicted.filter((p) => {
      if (p.type !== type) return false;
      const key = foldName(p.name);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const matched = new Set<GoldEntity>();
    const unmatched: PredictedEntity[] = [];
    const counts = perType[type];
    // Certain gold first, over all predictions, so an uncertain entity never takes a match away.
    for (const p of preds) {
      const key = foldName(p.name);
      const g = golds.find((x) => !x.uncertain && !matched.has(x) && goldKeys.get(x)?.has(key));
      if (g) {
        matched.add(g);
        counts.tp++;
        personMatch.set(p, g);
      } else unmatched.push(p);
    }
    for (const p of unmatched) {
      const key = foldName(p.name);
      const g = golds.find((x) => x.uncertain && !matched.has(x) && goldKeys.get(x)?.has(key));
      if (g) {
        matched.add(g);
        personMatch.set(p, g);
      } else {
        counts.fp++;
        falsePositives.push(p);
      }
    }
    for (const g of golds) {
      if (!g.uncertain && !matched.has(g)) {
        counts.fn++;
        falseNegatives.push(g);
      }
    }
  }

  const { pairs, pairErrors } = scorePairs(gold, predicted, personMatch);
  const { en, enErrors } = scoreEnglishNames(gold, personMatch);
  return { perType, pairs, falsePositives, falseNegatives, pairErrors, en, enErrors };
}

/** A link is correct when the normalised predicted English name equals the normalised gold `en`. */
function scoreEnglishNames(gold: readonly GoldEntity[], matches: ReadonlyMap<PredictedEntity, GoldEntity>): { en: EnLinks; enErrors: string[] } {
  const en: EnLinks = { correct: 0, total: 0, gold: gold.filter((g) => !g.uncertain && g.en).length };
  const enErrors: string[] = [];
  for (const [p, g] of matches) {
    if (g.uncertain || !g.en) continue;
    en.total++;
    if (p.en && foldName(p.en) === foldName(g.en)) en.correct++;
    else enErrors.push(`EN ${g.type}: ${g.name} → ${p.en ?? '(none)'} (gold: ${g.en})`);
  }
  return { en, enErrors };
}

/**
 * Person→affiliation pairs. Gold pairs: certain persons with an affiliation. A predicted pair
 * (a person with an affiliation) is a TP when its person matched a gold person whose affiliation
 * organisation, by name or alias, normalises to the predicted affiliation. Predicted pairs on
 * persons that matched uncertain gold are left out, like the entities themselves.
 */
function scorePairs(
  gold: readonly GoldEntity[],
  predicted: readonly PredictedEntity[],
  personMatch: ReadonlyMap<PredictedEntity, GoldEntity>,
): { pairs: Counts; pairErrors: string[] } {
  const pairs = emptyCounts();
  const pairErrors: string[] = [];
  const orgs = gold.filter((g) => g.type === 'organisation');
  const affiliationKeys = (g: GoldEntity): Set<string> => {
    if (!g.affiliation) return new Set();
    const key = foldName(g.affiliation);
    const org = orgs.find((o) => keysOf(o).has(key));
    return org ? keysOf(org) : new Set([key]);
  };
  const credited = new Set<GoldEntity>();
  for (const p of predicted) {
    if (p.type !== 'person' || !p.affiliation) continue;
    const g = personMatch.get(p);
    if (g?.uncertain) continue;
    if (g && !credited.has(g) && affiliationKeys(g).has(foldName(p.affiliation))) {
      credited.add(g);
      pairs.tp++;
    } else {
      pairs.fp++;
      pairErrors.push(`FP pair ${p.name} → ${p.affiliation}${g?.affiliation ? ` (gold: ${g.affiliation})` : ''}`);
    }
  }
  for (const g of gold) {
    if (g.type === 'person' && !g.uncertain && g.affiliation && !credited.has(g)) {
      pairs.fn++;
      pairErrors.push(`FN pair ${g.name} → ${g.affiliation}`);
    }
  }
  return { pairs, pairErrors };
}

export function addCounts(into: Counts, c: Counts): void {
  into.tp += c.tp;
  into.fp += c.fp;
  into.fn += c.fn;
}

export interface Prf {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export interface CorpusScore {
  readonly perType: Record<EntityType, Counts>;
  readonly micro: Counts;
  readonly pairs: Counts;
  readonly en: EnLinks;
}

/** Add up document scores; micro counts are over the four headline types. */
export function aggregate(docs: readonly DocScore[]): CorpusScore {
  const perType = Object.fromEntries(ENTITY_TYPES.map((t) => [t, emptyCounts()])) as Record<EntityType, Counts>;
  const micro = emptyCounts();
  const pairs = emptyCounts();
  const en: EnLinks = { correct: 0, total: 0, gold: 0 };
  for (const d of docs) {
    en.correct += d.en.correct;
    en.total += d.en.total;
    en.gold += d.en.gold;
    for (const t of ENTITY_TYPES) addCounts(perType[t], d.perType[t]);
    for (const t of HEADLINE_TYPES) addCounts(micro, d.perType[t]);
    addCounts(pairs, d.pairs);
  }
  return { perType, micro, pairs, en };
}
