/**
 * The words the similar-recommendations check compares, in English and Spanish.
 *
 * Two texts about the same proposal share its particular words (cargo, Unified Cargo Processing,
 * COFEPRIS, llantas); nearly every text of the record shares the dialogue's own vocabulary (trade,
 * border, Mexico, United States, economic cooperation, comercio, frontera) and the function words of
 * both languages. Matching on those put Unified Cargo Processing next to cybersecurity workshops and
 * honey producers, so they are left out of the comparison altogether.
 */
import { foldWord } from '@/lib/search/fts-query';

const FUNCTION_WORDS = `
a about above across after again against all also among an and any are as at be because been before being
between both but by can could did do does doing during each either etc for from had has have having he her here
his how if in including into is it its itself just may more most no nor not of off on once only or other our out
over own per same she should since so some such than that the their them then there these they this those
through to too toward towards under until up upon very via was we were what when where which while who whom why
will with within without would yet you your
al algo alguna algunas alguno algunos ambas ambos ante antes asi aun cada como con contra cual cuales cuando de
del desde donde durante e el ella ellas ellos en entre era eran es esa esas ese eso esos esta estan estas este
esto estos fue fueron ha han hasta hay la las le les lo los mas me mi mientras misma mismo muy ni no nos o otra
otras otro otros para pero poco por porque que quien quienes se sea ser si sin sobre su sus tambien tan te tiene
tienen todo todos tras u un una unas uno unos y ya
`;

/** The dialogue's own vocabulary: in almost every item of the record, so it tells no two items apart. */
const DIALOGUE_WORDS = `
united states state mexico mexican american usa us eeuu estados unidos estadounidense estadounidenses mexicano
mexicana mexicanos mexicanas america norteamerica north norte
government governments gobierno gobiernos country countries nation nations pais paises nacion naciones national
nacional bilateral binational binacional federal two dos three tres one uno first primer primera primero second
segunda segundo new nuevo nueva nuevos nuevas year years ano anos month months mes meses
cooperation cooperate cooperative cooperacion cooperar cooperativa collaboration collaborate collaborating
colaboracion colaborar partnership partner partners alianza socios work working worked works trabajo trabajar
trabajado trabajan joint conjunta conjunto conjuntamente together juntos
economic economy economies economia economico economica economicos economicas trade trading comercio comercial
commercial border borders frontera fronteras fronterizo fronteriza fronterizos fronterizas transfronterizo
transfronteriza cross
dialogue dialogo hled dean high level alto nivel meeting meetings reunion reuniones
promote promoted promoting promover promovieron promueve support supported supporting apoyar apoyo apoyaron
improve improving mejorar increase increasing aumentar enhance enhancing strengthen strengthening fortalecer
fortalecimiento develop developed developing development desarrollo desarrollar advance advancing avanzar
continue continued continues continuar continuan sigue siguen held hosted launched reported report reports
informo informa lanzo realizo
program programs programa programas initiative initiatives iniciativa iniciativas project projects proyecto
proyectos effort efforts esfuerzo esfuerzos activities actividades opportunities opportunity oportunidades
oportunidad sector sectors sectores private privado privada public publico publica region regional regiones
recommend recommends recommendation recommendations recommended recomendacion recomendaciones recomendamos
recomienda propose proposal propuesta proponemos proponer should deberia deberian debe deben create creating
crear establish establecer help ayudar through mediante traves including incluidos incluida incluido
stakeholder stakeholders partes interesadas agency agencies agencia agencias secretariat secretaria
department departamento ministry ministerio office oficina
january february march april may june july august september october november december enero febrero marzo
abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
four five six seven eight nine ten eleven twelve cuatro cinco seis siete ocho nueve diez once doce
organized organize organizing organizaron organizar organizo celebrated celebraron celebro resumed reanudaron
completed complete concluded concluyo concluir announced anuncio anunciaron puso pusieron marcha
impulsar impulso fomentar fomento foster boost encourage build building construir share sharing compartir
coordinate coordinating coordination coordinar coordinarse coordinacion
`;

export const STOP_WORDS: ReadonlySet<string> = new Set(`${FUNCTION_WORDS} ${DIALOGUE_WORDS}`.split(/\s+/).filter(Boolean).map(foldWord));

/** Words longer than this are compared by their beginning: a light stem shared by "inspection" and "inspections". */
export const STEM_LENGTH = 7;

/**
 * The stem a word is compared by, or null when the word tells nothing: a stop word, a bare number or
 * a word of fewer than three letters ("5G" and "ICT" count: a letter and a digit, or three letters).
 */
export function stemOf(word: string): string | null {
  const folded = foldWord(word);
  if (folded.length < 2 || STOP_WORDS.has(folded) || /^\d+$/.test(folded)) return null;
  if (folded.length === 2 && !/\d/.test(folded)) return null;
  const singular = folded.length > 4 && folded.endsWith('s') && !folded.endsWith('ss') ? folded.slice(0, -1) : folded;
  return singular.slice(0, STEM_LENGTH);
}

/** The words of a text, as written, each with its stem (stop words left out). */
export function stemmedWords(text: string): { word: string; stem: string }[] {
  const words: { word: string; stem: string }[] = [];
  for (const word of text.normalize('NFKC').split(/[^\p{L}\p{N}]+/u)) {
    const stem = word ? stemOf(word) : null;
    if (stem) words.push({ word, stem });
  }
  return words;
}
