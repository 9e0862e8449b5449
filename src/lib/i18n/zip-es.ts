// Texto en español de las páginas de código postal.
import type { zipEn } from './zip-en';

/** ZIP answer text in Spanish. */
export const zipEs: typeof zipEn = {
  ownerMunicipal: 'una empresa de servicios de la ciudad',
  ownerCoop: 'una cooperativa eléctrica de sus socios',
  chosenIs: (owner) =>
    ` es ${owner}. Los hogares que atiende le compran la electricidad a ella: pone las tarifas y manda la factura, y no ha abierto su área a la competencia.`,
  chosenSo: (name) =>
    `Así que si ${name} aparece en su factura, no puede escoger un plan de electricidad, y ninguno de los planes de este sitio le corresponde a su hogar. Para sus tarifas, pregúntele directamente a ${name}.`,
  backToZip: (zip) => `Volver a las compañías del código postal ${zip}`,
  askShared: (zip, city) =>
    `El código postal ${zip} en ${city} lo comparten varias compañías, y algunas no dan opción de escoger proveedor.`,
  askWhich: '¿Qué compañía aparece en su factura de luz?',
  split: (zip, city, n) =>
    `El código postal ${zip} en ${city} se reparte entre ${n} compañías. Los planes dependen de cuál le entrega la electricidad a su dirección: aparece en su factura de luz como su compañía de transmisión y distribución ("TDSP").`,
  plansFor: (utility, city) => `Planes para clientes de ${utility} en ${city}`,
  zipCoop: (coops) =>
    `Algunas direcciones de este código postal las atiende ${coops}, una cooperativa sin opción de escoger proveedor. Si aparece en su factura, estos planes no le corresponden.`,
  poBox: (zip, city, inside, utilities) =>
    `El código postal ${zip} (${city}) es de apartados de correo y los mapas de las compañías no lo incluyen. Queda dentro de ${inside}, donde a todos los códigos postales de alrededor los atiende ${utilities}.`,
  servedBy: (zip, city, utility, owner) =>
    `Al código postal ${zip} (${city}) lo atiende ${utility}, ${owner} que no ha abierto su área a la competencia.`,
  outside: (zip, city, unnamed) =>
    `El código postal ${zip} (${city}) no está en el territorio de ninguna de las seis compañías de Texas abiertas a la competencia: lo atiende ${unnamed}.`,
  noPlans: 'Los hogares de ahí le compran la electricidad a su empresa local, así que no hay planes que comparar.',
  seeChoiceCities: 'Ver las ciudades de Texas donde puede escoger proveedor',
  zipUnknown: (zip) => `No tenemos datos de compañías de Texas para el código postal ${zip}.`,
};
