// Structured data for search engines; see json-ld.ts.
export {
  breadcrumbList,
  itemListOfOffers,
  jsonLdScriptContent,
  productOffer,
  type Crumb,
  type JsonLdDocument,
  type JsonLdNode,
  type ListedOfferInput,
  type PlanOfferInput,
} from './json-ld';
export { cityMeta, UNNAMED_REGULATED_UTILITY, type CityMetaInput } from './city-meta';
export { cityMetaEs, cityMetaIn, UNNAMED_REGULATED_UTILITY_ES } from './city-meta-es';
export { crumbTrail } from './crumb-trail';
