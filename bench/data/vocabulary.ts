/**
 * The words the generated recommendations are made of, English and Spanish side by side (`[en, es]`), so a
 * translation is the same recommendation in the other language. The vocabulary is the HLED's own (border,
 * customs, semiconductors, energy, workforce...), with Spanish accents, so full-text search meets the terms
 * and the accent folding it meets in real submissions.
 */
export type Pair = readonly [en: string, es: string];

export const ACTIONS: readonly Pair[] = [
  ['Strengthen', 'Fortalecer'],
  ['Harmonize', 'Armonizar'],
  ['Expand', 'Ampliar'],
  ['Simplify', 'Simplificar'],
  ['Fund', 'Financiar'],
  ['Create a binational program for', 'Crear un programa binacional para'],
  ['Modernize', 'Modernizar'],
  ['Coordinate', 'Coordinar'],
  ['Promote', 'Promover'],
  ['Accelerate', 'Acelerar'],
  ['Digitize', 'Digitalizar'],
  ['Publish data on', 'Publicar datos sobre'],
  ['Reduce the cost of', 'Reducir el costo de'],
  ['Set common standards for', 'Establecer normas comunes para'],
  ['Invest in', 'Invertir en'],
  ['Open a consultation on', 'Abrir una consulta sobre'],
];

/** Subjects per pillar (index 0-3 = pillar number - 1): the nouns titles and bodies are about. */
export const SUBJECTS: readonly (readonly Pair[])[] = [
  [
    ['semiconductor supply chains', 'las cadenas de suministro de semiconductores'],
    ['customs procedures', 'los trámites aduaneros'],
    ['border crossing times', 'los tiempos de cruce en la frontera'],
    ['cross-border rail freight', 'el transporte ferroviario de carga transfronterizo'],
    ['medical device exports', 'la exportación de dispositivos médicos'],
    ['clean energy investment', 'la inversión en energía limpia'],
    ['electric vehicle battery production', 'la producción de baterías para vehículos eléctricos'],
    ['nearshoring of manufacturing', 'la relocalización de la manufactura'],
    ['port and logistics infrastructure', 'la infraestructura portuaria y logística'],
    ['critical minerals', 'los minerales críticos'],
  ],
  [
    ['rural development in southern Mexico', 'el desarrollo rural en el sur de México'],
    ['agroforestry employment', 'el empleo agroforestal'],
    ['water management', 'la gestión del agua'],
    ['small farmers’ access to credit', 'el acceso al crédito de pequeños productores'],
    ['migration and development', 'la migración y el desarrollo'],
    ['coffee and cacao value chains', 'las cadenas de valor del café y el cacao'],
    ['renewable energy in rural communities', 'la energía renovable en comunidades rurales'],
    ['climate resilience', 'la resiliencia climática'],
  ],
  [
    ['cybersecurity cooperation', 'la cooperación en ciberseguridad'],
    ['broadband in border communities', 'la banda ancha en comunidades fronterizas'],
    ['5G network security', 'la seguridad de las redes 5G'],
    ['cross-border data flows', 'los flujos transfronterizos de datos'],
    ['digital trade rules', 'las reglas del comercio digital'],
    ['telecommunications spectrum', 'el espectro de telecomunicaciones'],
    ['personal data protection', 'la protección de datos personales'],
    ['digital payments for small businesses', 'los pagos digitales para pequeños negocios'],
  ],
  [
    ['workforce training', 'la capacitación de la fuerza laboral'],
    ['technical education in semiconductors', 'la educación técnica en semiconductores'],
    ['academic exchanges', 'los intercambios académicos'],
    ['women entrepreneurs', 'las mujeres emprendedoras'],
    ['small and medium-sized enterprises', 'las pequeñas y medianas empresas'],
    ['skills certification', 'la certificación de competencias'],
    ['labor rights', 'los derechos laborales'],
    ['university and industry partnerships', 'las alianzas entre universidades e industria'],
    ['English and Spanish language programs', 'los programas de inglés y español'],
  ],
];

export const QUALIFIERS: readonly Pair[] = [
  ['at the northern border', 'en la frontera norte'],
  ['for small and medium-sized enterprises', 'para las pequeñas y medianas empresas'],
  ['in southern Mexico', 'en el sur de México'],
  ['between Texas and Nuevo León', 'entre Texas y Nuevo León'],
  ['before the next ministerial meeting', 'antes de la próxima reunión ministerial'],
  ['with indigenous communities', 'con las comunidades indígenas'],
  ['in the Bajío region', 'en la región del Bajío'],
  ['along the Sonora–Arizona corridor', 'en el corredor Sonora–Arizona'],
  ['with measurable targets', 'con metas medibles'],
  ['through public–private partnerships', 'mediante alianzas público-privadas'],
  ['for border cities', 'para las ciudades fronterizas'],
  ['within two years', 'en un plazo de dos años'],
];

export const PLACES: readonly string[] = [
  'Ciudad Juárez', 'El Paso', 'Tijuana', 'San Diego', 'Laredo', 'Nuevo Laredo', 'Nogales', 'Monterrey', 'Mérida',
  'Tapachula', 'Querétaro', 'Saltillo', 'Hermosillo', 'Mexicali', 'Reynosa', 'McAllen', 'Brownsville', 'Matamoros',
  'Chihuahua', 'Guadalajara', 'León', 'Puebla', 'Oaxaca', 'Villahermosa', 'Tucson', 'Phoenix', 'Albuquerque',
];

/** Sentences of a body; `{s}` is a subject, `{p}` a place, `{n}` a number, `{y}` a year. */
export const SENTENCES: readonly Pair[] = [
  ['We propose a binational working group on {s}.', 'Proponemos un grupo de trabajo binacional sobre {s}.'],
  ['Our members report that {s} is the main obstacle to new investment in {p}.', 'Nuestros miembros señalan que {s} es el principal obstáculo para nueva inversión en {p}.'],
  ['Energy demand in the border region grows every year, and supply is not keeping pace.', 'La demanda de energía en la región fronteriza crece cada año y la oferta no avanza al mismo ritmo.'],
  ['Trucks wait up to {n} hours at the crossing in {p}.', 'Los camiones esperan hasta {n} horas en el cruce de {p}.'],
  ['Since {y}, exports of semiconductors and electronic components have grown by {n} percent.', 'Desde {y}, las exportaciones de semiconductores y componentes electrónicos han crecido {n} por ciento.'],
  ['A shared customs data platform would cut duplicate inspections.', 'Una plataforma común de datos aduaneros reduciría las inspecciones duplicadas.'],
  ['Training programs should be designed with employers and technical schools.', 'Los programas de capacitación deben diseñarse con los empleadores y las escuelas técnicas.'],
  ['Small businesses in {p} lack information about the certification requirements.', 'Las pequeñas empresas de {p} carecen de información sobre los requisitos de certificación.'],
  ['The governments should publish progress on {s} every six months.', 'Los gobiernos deberían publicar avances sobre {s} cada seis meses.'],
  ['Water scarcity affects production and daily life on both sides of the border.', 'La escasez de agua afecta la producción y la vida diaria en ambos lados de la frontera.'],
  ['We ask that civil society take part in the follow-up of {s}.', 'Pedimos que la sociedad civil participe en el seguimiento de {s}.'],
  ['About {n} companies in our network could take part in a pilot in {p}.', 'Alrededor de {n} empresas de nuestra red podrían participar en un piloto en {p}.'],
  ['Cybersecurity incidents against small suppliers have increased since {y}.', 'Los incidentes de ciberseguridad contra pequeños proveedores han aumentado desde {y}.'],
  ['Clean energy projects need faster permits and interconnection to the grid.', 'Los proyectos de energía limpia necesitan permisos más ágiles e interconexión a la red.'],
  ['Women and young people should be a priority of {s}.', 'Las mujeres y los jóvenes deberían ser una prioridad de {s}.'],
  ['The binational agencies could reuse the model already tested in {p}.', 'Las dependencias binacionales podrían reutilizar el modelo ya probado en {p}.'],
  ['Migration from Central America will not fall without jobs and investment in the region.', 'La migración desde Centroamérica no disminuirá sin empleo e inversión en la región.'],
  ['Universities on both sides of the border can offer joint degrees in engineering.', 'Las universidades de ambos lados de la frontera pueden ofrecer títulos conjuntos en ingeniería.'],
  ['Logistics costs represent around {n} percent of the value of the goods.', 'Los costos logísticos representan alrededor del {n} por ciento del valor de las mercancías.'],
  ['A single window for permits would give investors certainty.', 'Una ventanilla única de permisos daría certidumbre a los inversionistas.'],
  ['Electricity interconnection between {p} and the neighbouring state is still limited.', 'La interconexión eléctrica entre {p} y el estado vecino sigue siendo limitada.'],
  ['We estimate that {n} workers would benefit in the first year.', 'Estimamos que {n} trabajadores se beneficiarían en el primer año.'],
  ['The indicators should be disaggregated by gender and by state.', 'Los indicadores deberían desagregarse por género y por estado.'],
  ['Our association has worked on {s} in {p} for more than {n} years.', 'Nuestra asociación ha trabajado en {s} en {p} durante más de {n} años.'],
];

export const TOPICS: readonly Pair[] = [
  ['energy', 'energía'],
  ['border', 'frontera'],
  ['semiconductors', 'semiconductores'],
  ['customs', 'aduanas'],
  ['workforce', 'fuerza laboral'],
  ['cybersecurity', 'ciberseguridad'],
  ['SMEs', 'pymes'],
  ['water', 'agua'],
  ['digital trade', 'comercio digital'],
  ['telecommunications', 'telecomunicaciones'],
  ['education', 'educación'],
  ['migration', 'migración'],
  ['investment', 'inversión'],
  ['logistics', 'logística'],
  ['supply chains', 'cadenas de suministro'],
  ['climate', 'clima'],
];

/** What a coordinator answers when a recommendation moves to a status. */
export const RESPONSES: Readonly<Record<'accepted' | 'in_progress' | 'implemented' | 'not_adopted' | 'linked' | 'position' | 'merged', Pair>> = {
  accepted: ['The governments accept this recommendation and will take it up in the related initiative.', 'Los gobiernos aceptan esta recomendación y la atenderán en la iniciativa relacionada.'],
  in_progress: ['Work on this recommendation has started; the lead agencies will report on it at the next meeting.', 'Los trabajos sobre esta recomendación han comenzado; las dependencias responsables informarán en la próxima reunión.'],
  implemented: ['This recommendation was implemented and reported at the High-Level Economic Dialogue.', 'Esta recomendación se implementó y se informó en el Diálogo Económico de Alto Nivel.'],
  not_adopted: ['The governments will not adopt this recommendation for now; the reason is given below.', 'Los gobiernos no adoptarán esta recomendación por ahora; el motivo se indica a continuación.'],
  linked: ['This recommendation informs the work of this initiative.', 'Esta recomendación orienta los trabajos de esta iniciativa.'],
  position: ['Our government supports the direction of this recommendation.', 'Nuestro gobierno respalda la orientación de esta recomendación.'],
  merged: ['Merged with a recommendation that makes the same proposal.', 'Se fusionó con una recomendación que hace la misma propuesta.'],
};

export const FIRST_NAMES: readonly string[] = [
  'María', 'José', 'Lucía', 'Andrés', 'Sofía', 'Alejandro', 'Valentina', 'Héctor', 'Ximena', 'Raúl', 'Fernanda', 'Jesús',
  'James', 'Mary', 'Robert', 'Patricia', 'Michael', 'Jennifer', 'David', 'Linda', 'Daniel', 'Emily', 'Carlos', 'Ana',
];
export const LAST_NAMES: readonly string[] = [
  'García', 'Hernández', 'Martínez', 'López', 'González', 'Pérez', 'Rodríguez', 'Sánchez', 'Ramírez', 'Núñez', 'Ibáñez', 'Gutiérrez',
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Miller', 'Davis', 'Wilson', 'Anderson', 'Taylor', 'Thomas', 'Moore',
];

/** Organization name patterns per sector; `{p}` is a place. */
export const ORGANIZATIONS: Readonly<Record<string, readonly string[]>> = {
  civil_society: ['Red Ciudadana de {p}', 'Border Communities Alliance of {p}', 'Observatorio Ciudadano de {p}'],
  private_sector: ['Cámara de Comercio de {p}', '{p} Manufacturing Association', 'Consejo Empresarial de {p}', '{p} Logistics Group'],
  academia: ['Universidad de {p}', '{p} Institute of Technology', 'Centro de Investigación de {p}'],
  labor: ['Sindicato de Trabajadores de {p}', '{p} Workers Council'],
  ngo: ['Fundación {p}', '{p} Development Fund', 'Asociación Civil de {p}'],
  other: ['Consejo Consultivo de {p}', '{p} Chamber Network'],
};
