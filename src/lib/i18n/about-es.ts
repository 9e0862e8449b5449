// Texto en español de las páginas de proveedores y de privacidad.
import type { aboutEn } from './about-en';

/** Provider and privacy page text in Spanish. */
export const aboutEs: typeof aboutEn = {
  providersTitle: (n) => `Proveedores de electricidad de Texas: ${n} proveedores comparados`,
  providersDescription: (n) =>
    `Los ${n} proveedores de electricidad con planes en Power to Choose, con su número de planes y su calificación en Power to Choose.`,
  providersHeading: 'Proveedores de electricidad de Texas',
  providersCaption: 'Proveedores con sus planes vigentes y su calificación',
  colProvider: 'Proveedor',
  colActivePlans: 'Planes vigentes',
  colUtilities: 'Compañías de transmisión y distribución',
  colRating: 'Calificación en Power to Choose',
  notRated: 'Sin calificación',
  ratingOf: (n) => `${n} de 5`,
  providerTitle: (name, n, from) => `${name}: ${n} planes de electricidad en Texas desde ${from}/kWh`,
  providerTitlePlain: (name) => `${name}: proveedor de electricidad en Texas`,
  providerDescription: (name, n, range) =>
    `${name} ofrece ${n} planes en Power to Choose${range}. Compárelos por lo que de veras cuestan al mes.`,
  providerRange: (min, max) => `, de ${min} a ${max} por kWh a 1,000 kWh`,
  prices1000: 'Precios a 1,000 kWh',
  website: 'Sitio web',
  visit: 'Visitar',
  plansInArea: (utility) => `Planes en el área de ${utility}`,
  providerRanked: (window, usage) =>
    `Ordenados por el costo estimado de los próximos 12 meses (${window}) para un hogar que gasta ${usage} al mes en promedio.`,
  privacyTitle: 'Privacidad | ChooseMyPower',
  privacyDescription:
    'Lo que ChooseMyPower registra cuando usted compara planes, lo que nunca registra y cuánto tiempo guarda cualquier dato.',
  privacyLead:
    'Contamos cómo se usa el sitio para saber qué ciudades y planes consultan los clientes. Guardamos lo mínimo para responder esa pregunta, y nada que pueda identificar a su hogar.',
  privacyRecordHeading: 'Lo que registramos',
  privacyRecord: [
    'lo que hizo: buscó un código postal, vio un plan, comparó planes o cambió un filtro;',
    'la ruta de la página y los ajustes que el sitio lee, como su consumo y sus filtros, y nada más de lo que escribió;',
    'el código postal o la ciudad que consultó;',
    'la red desde la que llegó, recortada a sus tres primeras partes (un área de 256 direcciones), nunca su dirección;',
    'el sitio web que lo trajo aquí (solo su nombre, no la página);',
    'la hora en que pasó, no el minuto.',
  ].join('\n'),
  privacyNeverHeading: 'Lo que nunca registramos',
  privacyNever: [
    'su dirección IP, su navegador o su aparato (sin User-Agent), ni ninguna cookie: el sitio no pone ninguna;',
    'nada en absoluto cuando su navegador manda Do Not Track o Global Privacy Control.',
  ].join('\n'),
  privacyKeepHeading: 'Cuánto tiempo lo guardamos',
  privacyDeleted: 'Los registros se borran después de',
  privacyDays: (n) => `${n} días`,
  privacyDaily: ', como parte de la actualización diaria de los datos de los planes.',
};
