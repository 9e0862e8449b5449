import type { ChoiceStatus, ServingUtility } from '~/lib/choice-status';
import type { CityDraft } from './build-cities';

// What the territory importer hands to the writers: one record per ZIP and per city.

/** The older one-word summary of who serves a ZIP, kept for current readers. */
export type UtilityType = 'tdsp' | 'municipal' | 'cooperative' | 'unknown';

/** Who serves a ZIP or a city: the new model (status, utilities…) beside the older summary fields. */
export interface Served {
  /** Competitive TDSPs the sources list, primary first; inferred ones are only in `utilities`. */
  tdspCodes: string[];
  /** The leading utility's display name (see leaders.ts), else null. */
  utilityName: string | null;
  status: ChoiceStatus;
  /** Every utility involved, TDSPs first (primary first), then municipal utilities, then co-ops. */
  utilities: ServingUtility[];
  /** Same as utilityName: the utility we may name as serving the place. */
  ledBy: string | null;
  /** Set when no source lists the place and the mapped ZIPs around it all belong to this city. */
  insideCitySlug: string | null;
}

/** A ZIP ready to write: its city and who serves it. */
export interface ZipRecord extends Served {
  zip: string;
  citySlug: string;
  cityName: string;
  county: string;
  utilityType: UtilityType;
}

/** A city ready to write; `utilities` carry how many of its ZIPs each serves. */
export interface CityRecord extends Omit<CityDraft, 'zips'>, Served {
  zipCodes: string[];
  /** At least one competitive TDSP is listed in one of its ZIPs (inferred ones do not count). */
  isDeregulated: boolean;
}
