// Texto en español de las páginas de ciudad y sus formularios.
import type { cityEn } from './city-en';

/** City page, filter form and ranking note text in Spanish. */
export const cityEs: typeof cityEn = {
  cityHeading: (city) => `Planes de electricidad en ${city}`,
  cityHeadingNoChoice: (city) => `Electricidad en ${city}`,
  summaryUtility: 'Compañía de transmisión y distribución',
  summaryPlans: 'Planes',
  summaryProviders: 'Proveedores',
  summaryPrice: 'Precio a 1,000 kWh',
  lowestAverage: (lowest, average) => `${lowest} el más bajo · ${average} en promedio`,
  noMatch: 'Ningún plan cumple con estos filtros.',
  seeAll: (city) => `Ver todos los planes en ${city}`,
  selectCompare: 'Seleccionar para comparar',
  compareSelected: 'Comparar los planes seleccionados (2 a 4)',
  zipCodesIn: (city, zips) => `Códigos postales de ${city}: ${zips}.`,
  cheapestYear: (total) => ` El plan más barato en los próximos 12 meses: cerca de ${total}.`,
  cheapestMonth: (usage, bill) => ` Factura típica con ${usage}: ${bill} con el plan más barato.`,
  listName: (city) => `Planes de electricidad en ${city}`,
  listNameArea: (utility, city) => `Planes para direcciones en el área de ${utility} en ${city}`,
  feedTitle: (city) => `Planes nuevos y rebajas de precio en ${city}`,
  chooseUtility: 'Escoja su compañía de transmisión y distribución',
  servedBySeveral: (city, n) =>
    `A ${city} la atienden ${n} compañías de transmisión y distribución. ¿Cuál le entrega la electricidad a su dirección?`,
  filterForm: 'Filtrar y ordenar los planes',
  usageLabel: 'Consumo mensual promedio (kWh)',
  usageHint: (average) =>
    `Su factura lo muestra como los kWh usados en el periodo de facturación, junto a las lecturas del medidor. Los hogares de Texas gastan cerca de ${average} kWh al mes.`,
  monthsSummary: 'Use sus propios 12 meses (de sus facturas)',
  monthsHint:
    'Anote los kWh de cada mes según sus facturas o el historial de consumo de su proveedor. Sus doce meses reemplazan el promedio de arriba; déjelos todos en blanco para usar el promedio.',
  termLabel: 'Duración del contrato',
  rateLabel: 'Tipo de tarifa',
  greenLabel: 'Energía renovable',
  prepaidLabel: 'Planes prepagados',
  touLabel: 'Planes por horario de uso',
  autopayLabel: 'Pago automático obligatorio',
  any: 'Cualquiera',
  include: 'Incluir',
  leaveOut: 'Dejar fuera',
  onlyPrepaid: 'Solo prepagados',
  onlyTou: 'Solo por horario de uso',
  onlyAutopay: 'Solo con pago automático',
  noDeposit: 'Sin depósito',
  updatePlans: 'Actualizar planes',
  clearFilters: 'Quitar filtros',
  term_short: '6 meses o menos',
  term_12: 'De 7 a 12 meses',
  term_24: 'De 13 a 24 meses',
  term_long: 'Más de 24 meses',
  rate_fixed: 'Tarifa fija',
  rate_variable: 'Tarifa variable',
  rate_indexed: 'Tarifa indexada',
  green_50: 'Al menos 50% renovable',
  green_100: '100% renovable',
  rankedYear: (total, window) => `${total} planes ordenados por el costo estimado de los próximos 12 meses (${window})`,
  rankedMonth: (total, usage) => `${total} planes ordenados por la factura de un mes con ${usage}`,
  fromBills: 'Según los doce consumos mensuales que anotó de sus facturas.',
  fromAverage: (usage, years) =>
    `Para un hogar que gasta ${usage} al mes en promedio, repartidos a lo largo del año como gastan la luz los hogares de Texas (ventas mensuales a hogares de Texas de la EIA, ${years}).`,
  afterTermNote:
    'Los meses después del fin del plazo de un plan se calculan al precio mediano de hoy de los planes mes a mes, no al precio del plan.',
  rankByMonth: (usage) => `Mejor ordenar por un mes con ${usage}`,
  monthNote:
    'Un mes con un solo consumo, como compara los planes Power to Choose: un crédito en la factura o un precio de gancho pueden verse mejor de lo que salen en un año.',
  rankByYear: 'Mejor ordenar por los próximos 12 meses',
  marketHeading: (utility) => `El mercado en el área de ${utility}`,
  marketLead: (n, from, to) =>
    `Precios a 1,000 kWh en cada una de las ${n} exportaciones de Power to Choose que grabamos, del ${from} al ${to}.`,
  marketFeed: 'Siga los planes nuevos y las rebajas de precio (canal Atom)',
  marketChartTitle: (utility) => `${utility}: precios a 1,000 kWh por fecha de exportación`,
  cheapestByDate: 'El plan más barato en cada fecha',
  cheapestCaption: 'El plan más barato a 1,000 kWh en cada fecha de exportación',
  colExport: 'Exportación',
  colCheapest: 'Plan más barato',
  colAt1000: 'A 1,000 kWh',
  leadOwnStrong: (city, utility) => `A la mayoría de los hogares de ${city} los atiende ${utility}`,
  leadOwnRest: ', que es propiedad de la ciudad: le compran la electricidad a ella y no pueden escoger un plan.',
  leadOwnArea: (area, delivery, utility) =>
    `Los planes de abajo son solo para direcciones en ${area}. Revise su factura de luz: si dice que ${delivery} es la compañía que le entrega la electricidad, puede escoger uno de ellos. Si dice ${utility}, estos planes no le corresponden.`,
  areaOf: (utility) => `el área de ${utility}`,
  competitiveArea: 'el área competitiva',
  competitiveDelivery: 'una compañía de transmisión y distribución del mercado competitivo',
  leadNoChoice: (city, utility) =>
    `A ${city} la atiende ${utility}, que no ha abierto su área a la competencia. Los hogares de ahí le compran la electricidad a esa empresa, así que Power to Choose no tiene planes para ${city}.`,
  unnamedUtility: 'una empresa de servicios regulada, fuera del mercado competitivo',
  leadInside: (city, inside) =>
    `${city} queda dentro de ${inside}. Sus códigos postales son de apartados de correo que los mapas de las compañías no incluyen, así que no la clasificamos aparte: a sus hogares los atienden igual que al resto de ${inside}.`,
  leadInsideLink: (inside) => `Ver los planes de electricidad de ${inside}`,
  leadFringe: (city, list, n) =>
    `Partes de ${city} las atiende ${list}, ${n === 1 ? 'que no tiene' : 'que no tienen'} opción de escoger proveedor.`,
  kindMunicipal: 'una empresa de servicios de la ciudad',
  kindCoop: 'una cooperativa',
  leadCoop: (zip, coops, n) =>
    `Algunas direcciones del código postal ${zip} las atiende ${coops}, una cooperativa sin opción de escoger proveedor. Si ${n === 1 ? 'esa aparece' : 'alguna de ellas aparece'} en su factura, estos planes no le corresponden.`,
  or: 'o',
  dirTitle: (n) => `Ciudades de Texas donde puede escoger proveedor de electricidad: ${n} ciudades`,
  dirDescription: (n) =>
    `Planes de electricidad para ${n} ciudades de Texas donde puede escoger proveedor, de la A a la Z, con la compañía de transmisión y distribución y el número de planes de cada una, y las ciudades cuya propia empresa de servicios atiende a la mayoría de los hogares.`,
  dirHeading: 'Ciudades de Texas donde puede escoger su proveedor de electricidad',
  noChoiceHeading: 'Ciudades grandes sin opción de escoger proveedor',
  noChoiceNote:
    'A estas ciudades las atiende una empresa de servicios de la ciudad, una cooperativa eléctrica o una empresa regulada fuera del mercado competitivo, así que sus hogares no pueden escoger plan.',
  ownUtilityDirNote:
    'A la mayoría de los hogares de estas ciudades los atiende la empresa de servicios de la propia ciudad y no pueden escoger plan; solo pueden hacerlo las direcciones en el área de una compañía del mercado competitivo.',
  someAddressesIn: (utility, area) => `${utility}; algunas direcciones en ${area}`,
  aCompetitiveArea: 'un área competitiva',
  jumpToLetter: 'Ir a la letra',
  andOthers: ' y otras',
  apiCaveatOwn: (city, utility, area) =>
    `A la mayoría de los hogares de ${city} los atiende ${utility}, que es propiedad de la ciudad: no pueden escoger un plan de electricidad. Estos planes son solo para direcciones en ${area}.`,
  aCompetitiveUtilityArea: 'el área de una compañía de transmisión y distribución del mercado competitivo',
};
