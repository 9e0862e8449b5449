// Texto de la interfaz en español, con los términos que usan Power to Choose y la PUCT.
import { cityEs } from './city-es';
import type { Dictionary } from './en';
import { planEs } from './plan-es';
import { zipEs } from './zip-es';
import { planPageEs } from './plan-page-es';
import { aboutEs } from './about-es';
import { chartEs } from './chart-es';

/** The Spanish dictionary: the same keys as English, checked by the type. */
export const es: Dictionary = {
  ...zipEs,
  ...planPageEs,
  ...aboutEs,
  ...chartEs,
  ...cityEs,
  ...planEs,
  langName: 'Español',
  switchLabel: 'Idioma',
  hintText: '¿Prefiere español?',
  hintLink: 'Vea esta página en español',
  hintHide: 'Ocultar',
  skip: 'Saltar al contenido',
  navMain: 'Principal',
  navCities: 'Ciudades',
  navProviders: 'Proveedores',
  navHowWeRank: 'Cómo clasificamos',
  breadcrumb: 'Ruta de navegación',
  crumbHome: 'Inicio',
  footerSource:
    'Los datos de los planes vienen de Power to Choose, de la Comisión de Servicios Públicos de Texas (PUCT).',
  footerPrivacy: 'Privacidad',
  footerGeo: 'Datos de ciudades, códigos postales y población ©',
  footerLicensed: ', con licencia',
  footerAreas: '. Áreas de servicio de la EIA y de mapas públicos de códigos postales.',
  notFoundTitle: 'Página no encontrada | ChooseMyPower',
  notFoundDescription: 'La página que busca no existe.',
  notFoundHeading: 'Página no encontrada',
  goHome: 'Ir a la página de inicio',
  homeTitle: 'ChooseMyPower: compare los planes de luz de Texas por lo que de veras cuestan',
  homeDescription:
    'Todos los planes de electricidad que se ofrecen en su ciudad de Texas, ordenados por lo que de veras le van a costar, con los datos oficiales de Power to Choose.',
  homeHeading: 'Compare los planes de electricidad de Texas con honestidad',
  homeLead:
    'Ordenamos cada plan de su área por lo que le va a costar en los próximos doce meses de facturas reales de Texas, no por el precio anunciado a exactamente 1,000 kWh.',
  largestCities: 'Las ciudades más grandes donde puede escoger proveedor',
  ownUtilityCities: 'Ciudades atendidas sobre todo por su propia empresa de servicios',
  ownUtilityNote:
    'La mayoría de los hogares de estas ciudades no puede escoger plan; solo pueden hacerlo las direcciones en el área de una compañía de transmisión y distribución del mercado competitivo.',
  allCities: 'Todas las ciudades de Texas',
  coverage: 'Lo que cubrimos',
  statUtilities: 'Compañías de transmisión y distribución',
  statCities: 'Ciudades',
  statProviders: 'Proveedores de electricidad',
  statPlans: 'Planes vigentes',
  unavailable: 'Los datos de los planes no están disponibles por el momento. Vuelva a intentarlo en unos minutos.',
  rankHeading: 'Cómo clasificamos los planes',
  rankWhy:
    'Power to Choose ordena los planes por su precio promedio a exactamente 1,000 kWh en un solo mes. Los proveedores diseñan sus planes para que se vean más baratos justo ahí: un crédito en la factura que solo aplica a partir de 1,000 kWh, o un precio bajo que dura tres o cuatro meses. Un hogar de verdad gasta más en agosto y menos en abril, y el contrato dura más que la oferta de gancho.',
  rankHow: (years, april, august) =>
    `Por eso calculamos lo que cada plan le va a costar en los próximos doce meses, a partir de este mes. Repartimos su consumo mensual promedio a lo largo del año como de veras lo gastan los hogares de Texas, según las ventas mensuales a hogares de Texas de la Administración de Información Energética de EE. UU. (formulario EIA-861M, ${years}): cerca del ${april} del consumo del año cae en abril y el ${august} en agosto. También puede anotar doce meses de sus propias facturas. La factura de cada mes sale de los precios oficiales del plan a 500, 1,000 y 2,000 kWh y, cuando sus términos los mencionan, de sus créditos en la factura y cargos por consumo.`,
  rankAfterTerm:
    'El precio de un plan solo se conoce durante su plazo. Para los meses después no usamos el precio de gancho: suponemos el precio mediano de hoy de los planes mes a mes en el área de su compañía de transmisión y distribución, y cada tarjeta de plan lo dice. Los planes van ordenados por el total del año, y le avisamos con palabras claras cuando un plan tiene una trampa: un crédito que no va a alcanzar algunos meses, un cargo por consumo mínimo, un plazo de gancho, una tarifa variable o un cargo por cancelación anticipada por cada mes restante. Si prefiere, todavía puede ordenar por un solo mes a un solo consumo.',
  plansFrom: (n, from) => `${n} planes${from ? ` desde ${from}` : ''}`,
  zipLabel: 'Su código postal',
  zipSubmit: 'Comparar planes',
  zipEmpty: 'Escriba su código postal de 5 dígitos.',
  zipInvalid: (raw) => `"${raw}" no es un código postal de 5 dígitos. Escriba cinco dígitos, por ejemplo 75201.`,
  zipFormTitle: 'Busque planes de electricidad por código postal | ChooseMyPower',
  zipFormDescription: 'Escriba un código postal de Texas para ver los planes de electricidad que se ofrecen ahí.',
  zipFormHeading: 'Busque planes por código postal',
  zipCrumb: 'Buscar por código postal',
  zipTitle: (zip) => `Planes de electricidad para el código postal ${zip} | ChooseMyPower`,
  zipDescription: (zip) =>
    `Quién entrega la electricidad en el código postal ${zip}, Texas, y qué planes puede escoger.`,
  zipHeading: (zip) => `Electricidad en el código postal ${zip}`,
  source: (label) => `Fuente: ${label}.`,
  savedNotice: (date) =>
    `Mostramos datos de planes guardados del ${date}. Nuestra base de datos en vivo no responde en este momento; los precios pueden haber cambiado.`,
  pages: 'Páginas',
  previous: 'Anterior',
  next: 'Siguiente',
};
