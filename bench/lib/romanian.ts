// Romanian words, with their diacritics, for realistic card titles, people and companies.
const list = (words: string) => words.split('|');

export const FIRST_NAMES = list(
  'Andreea|Ștefan|Ioana|Mihai|Cătălina|Șerban|Ana|Răzvan|Elena|Bogdan|Mădălina|Tudor|Irina|Vlad|' +
    'Alexandra|Cosmin|Simona|Dragoș|Oana|Ionuț|Roxana|Sorin|Bianca|Florin|Denisa|Costel|Gabriela|' +
    'Adrian|Raluca|Petru|Iulia|Lucian|Anișoara|Marius|Teodora|Gheorghe|Smaranda|Horia|Ilinca|Radu',
);

export const LAST_NAMES = list(
  'Popescu|Ionescu|Țurcanu|Stănescu|Dumitrescu|Șarbu|Mureșan|Munteanu|Constantinescu|Bălan|' +
    'Răducanu|Moldovan|Pătrașcu|Cristea|Lăzărescu|Florea|Ștefănescu|Georgescu|Nistor|Tănase|Vâlcu|' +
    'Oprea|Dobre|Bârsan|Rusu|Zăvoianu|Enache|Ciobanu|Sîrbu|Țepeș|Grigoraș|Niculescu|Coman|Buzatu',
);

export const CITIES = list(
  'București|Cluj-Napoca|Timișoara|Iași|Constanța|Brașov|Craiova|Galați|Ploiești|Oradea|Brăila|' +
    'Arad|Pitești|Sibiu|Bacău|Târgu Mureș|Baia Mare|Buzău|Botoșani|Satu Mare|Râmnicu Vâlcea|' +
    'Suceava|Piatra Neamț|Focșani|Târgoviște|Bistrița|Reșița|Tulcea|Călărași|Alba Iulia|Zalău',
);

export const COMPANY_STEMS = list(
  'Agroserv|Nordvest|Transcarpatic|Dunărea|Miorița|Carpați|Bucovina|Tehnoplast|Construcții Moldova|' +
    'Lactate Ardelene|Vadul|Poiana|Sănătatea|Mecanica|Logistic Est|Țesătoria|Farmacia Dacică|' +
    'Ceramica Banat|Oltenia Soft|Mobila Bihor|Vinăria Dealu|Pâinea Caldă|Argeș Auto|Delta Turism|' +
    'Metalurgica|Câmpia Verde|Izvorul|Făgăraș',
);

export const COMPANY_FORMS = list('SRL|SA|SRL|SRL|PFA|SCS');

export const DEAL_NOUNS = list(
  'Implementare CRM|Mentenanță aplicație|Instruire echipă|Licențe anuale|Consultanță|Migrare date|' +
    'Audit securitate|Integrare e-Factura|Platformă de comenzi|Extindere rețea|Modernizare depozit|' +
    'Contract de service|Soluție de facturare|Aplicație mobilă|Reînnoire abonament|Pachet de suport|' +
    'Digitalizare arhivă|Magazin online|Proiect pilot|Achiziție echipamente|Campanie de marketing|' +
    'Recrutare șofer|Post de contabil|Tichet: imprimantă blocată|Servicii lunare|Renovare birou',
);

export const QUALIFIERS = list(
  'urgent|etapa a doua|fază inițială|trimestrul întâi|sediul central|filiala din Iași|' +
    'cu opțiune de extindere|reînnoire|pilot|național|regional',
);

export const NOTE_WORDS = list(
  'clientul|dorește|ofertă|revenim|săptămâna|viitoare|întâlnire|buget|aprobare|director|' +
    'financiar|livrare|termen|discutat|preț|reducere|ședință|confirmare|contract|semnătură|' +
    'echipă|tehnică|verificare|și|cu|după',
);
