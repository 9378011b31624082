package io.triad.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Word lists behind {@link DemoGenerator}: places, names, sectors, roles and skills. */
final class DemoVocabulary {

    record Region(String code, String[] cities, String[] universities, String[] colleges) {}

    /** A pitch may name a related sector after a {@code >}: "Warehouse robots>SOFTWARE". */
    record Sector(String code, String[] suffixes, String[] pitches, String[] roles) {}

    /** An opening template; {@code skills} are canonical spellings, {@code wage} the typical hourly wage. */
    record Role(String slug, String en, String fr, String doEn, String doFr, String[] skills,
                String[] fields, String[] levels, int wage) {}

    record Field(String code, String en, String fr, String[] roles, String[] interests) {}

    static final Map<String, Region> REGIONS = index(Region::code, List.of(
            region("CA-ON", "Toronto|Waterloo|Ottawa|Kitchener|Hamilton|London|Guelph|Mississauga",
                    "University of Waterloo|University of Toronto|Toronto Metropolitan University"
                            + "|McMaster University|Queen's University|Western University|University of Ottawa"
                            + "|Carleton University|York University",
                    "Conestoga College|Humber Polytechnic|Seneca Polytechnic|George Brown College"
                            + "|Algonquin College|Sheridan College"),
            region("CA-QC", "Montréal|Montréal|Québec|Sherbrooke|Gatineau|Laval",
                    "McGill University|Université de Montréal|Concordia University|Université Laval"
                            + "|Polytechnique Montréal|Université de Sherbrooke|École de technologie supérieure"
                            + "|HEC Montréal",
                    "Cégep du Vieux Montréal|Dawson College|Cégep de Sainte-Foy|Collège de Maisonneuve"
                            + "|Cégep de Sherbrooke"),
            region("CA-BC", "Vancouver|Vancouver|Victoria|Burnaby|Kelowna|Surrey",
                    "University of British Columbia|Simon Fraser University|University of Victoria",
                    "British Columbia Institute of Technology|Langara College|Camosun College"),
            region("CA-AB", "Calgary|Edmonton", "University of Alberta|University of Calgary|Mount Royal University",
                    "Northern Alberta Institute of Technology|Southern Alberta Institute of Technology"
                            + "|Bow Valley College"),
            region("CA-NS", "Halifax|Dartmouth", "Dalhousie University|Saint Mary's University|Acadia University",
                    "Nova Scotia Community College"),
            region("CA-MB", "Winnipeg", "University of Manitoba|University of Winnipeg",
                    "Red River College Polytechnic"),
            region("CA-SK", "Saskatoon|Regina", "University of Saskatchewan|University of Regina",
                    "Saskatchewan Polytechnic"),
            region("CA-NB", "Fredericton|Moncton|Saint John", "University of New Brunswick|Université de Moncton",
                    "New Brunswick Community College"),
            region("CA-NL", "St. John's", "Memorial University of Newfoundland", "College of the North Atlantic"),
            region("CA-PE", "Charlottetown", "University of Prince Edward Island", "Holland College")));

    static final Map<String, String> STAGE_PITCH = Map.of(
            "IDEA", "Two founders validating the idea with their first design partners.",
            "PRE_SEED", "A small pre-seed team running paid pilots.",
            "SEED", "Seed-funded and growing its first base of paying customers.",
            "SERIES_A", "A Series A company scaling its product across Canada.",
            "GROWTH", "Profitable and expanding into the United States and Europe.");

    static final String[] NAME_HEADS = words("North|Maple|Aurora|Boreal|Cedar|Granite|Lumen|Tidal|Prairie|Harbour"
            + "|Summit|Polar|Kestrel|Lynx|Ember|Quartz|Juniper|Beacon|Fathom|Vireo|Saffron|Halo|Orca|Ridge|Birch"
            + "|Nimbus|Verdant|Atlas|Cobalt|Loon|Spruce|Tundra|Glacier|Heron|Otter|Amber|Solstice|Meridian"
            + "|Fjord|Raven");
    static final String[] NAME_TAILS = words("wind|field|stone|light|works|path|mind|grid|leaf|forge|bit|wave|cell"
            + "|loop|line|spark|point|gate|shift|craft");

    static final Map<String, Sector> SECTORS = new LinkedHashMap<>();
    static final String[] SECTOR_PICK = weighted("SOFTWARE:30 HARDWARE:8 CLEANTECH:10 LIFE_SCIENCES:10 FINTECH:10"
            + " AGRIFOOD:6 ADVANCED_MANUFACTURING:6 MEDIA:5 EDUCATION:6 SOCIAL_IMPACT:5 OTHER:4");

    static {
        sector("SOFTWARE", "Labs|Software|AI|Systems|Analytics",
                "backend backend frontend ml data devops mobile ux marketing sales",
                "Scheduling software for home-care agencies>LIFE_SCIENCES",
                "A customer-support copilot for online retailers",
                "Inventory planning for independent grocers>AGRIFOOD",
                "A compliance platform for small construction firms",
                "Developer tools that catch flaky tests before they ship",
                "Online booking for physiotherapy clinics>LIFE_SCIENCES");
        sector("HARDWARE", "Robotics|Devices|Systems|Instruments", "hardware hardware ml backend data sales",
                "Warehouse robots that learn pick paths>SOFTWARE",
                "Low-cost lidar for farm machinery>AGRIFOOD",
                "Wearable sensors for workplace safety>SOFTWARE",
                "Drones that inspect power lines>CLEANTECH",
                "Smart locks for rental housing>SOFTWARE");
        sector("CLEANTECH", "Energy|Power|Climate|Carbon", "energy energy data backend hardware marketing finance",
                "Battery analytics for electric bus fleets>SOFTWARE",
                "Heat-pump controls that cut winter peak demand>HARDWARE",
                "Carbon accounting for mid-sized manufacturers>SOFTWARE",
                "Low-carbon concrete additives>ADVANCED_MANUFACTURING",
                "Rooftop solar planning for municipalities>SOFTWARE");
        sector("LIFE_SCIENCES", "Bio|Therapeutics|Diagnostics|Health", "lab lab data ml finance",
                "Rapid diagnostics for urinary tract infections>HARDWARE",
                "Antibody discovery with cell-free assays",
                "Remote monitoring for patients after cardiac surgery>SOFTWARE",
                "Point-of-care tests for Lyme disease",
                "A digital therapeutic for chronic pain>SOFTWARE");
        sector("FINTECH", "Pay|Finance|Ledger|Capital", "backend frontend data ml finance sales",
                "Payroll and benefits for small restaurants>SOFTWARE",
                "Cash-flow forecasting for freelancers>SOFTWARE",
                "Fraud detection for credit unions>SOFTWARE",
                "Invoice financing for trades contractors",
                "Open-banking tools that help newcomers build credit>SOCIAL_IMPACT");
        sector("AGRIFOOD", "Foods|Agri|Harvest|Farms", "food food lab data marketing sales",
                "Vertical farms that grow greens year-round in the North>CLEANTECH",
                "Plant-based protein from yellow peas",
                "Soil sensors for Prairie grain farmers>HARDWARE",
                "Traceability software for seafood exporters>SOFTWARE",
                "Upcycled snacks from brewery spent grain>CLEANTECH");
        sector("ADVANCED_MANUFACTURING", "Manufacturing|Materials|Fabrication|Industries",
                "hardware hardware ml data finance",
                "Metal 3D printing for aerospace parts>HARDWARE",
                "Vision-based quality inspection for assembly lines>SOFTWARE",
                "Recycled carbon fibre for sporting goods>CLEANTECH",
                "Predictive maintenance for CNC machines>SOFTWARE");
        sector("MEDIA", "Media|Studio|Studios", "frontend mobile marketing ux",
                "French-language news podcasts",
                "Interactive video tools for indie game studios>SOFTWARE",
                "Audio description for streaming platforms>SOCIAL_IMPACT",
                "A local news app for small towns>SOFTWARE");
        sector("EDUCATION", "Learning|Academy|Edu", "frontend mobile ux marketing data",
                "Adaptive math practice for middle schools>SOFTWARE",
                "A French-as-a-second-language app for newcomers>SOCIAL_IMPACT",
                "Skills bootcamps for mid-career workers",
                "Virtual labs for high-school chemistry>SOFTWARE");
        sector("SOCIAL_IMPACT", "Collective|Commons|Impact", "frontend marketing ux data finance",
                "Volunteer matching for food banks>SOFTWARE",
                "Accessible housing search for people with disabilities>SOFTWARE",
                "Digital tools for Indigenous language revitalization>EDUCATION",
                "Employment services for newcomers>EDUCATION");
        sector("OTHER", "Co|Group|Supply", "marketing sales finance data",
                "Outdoor gear rentals that cut waste>CLEANTECH",
                "A marketplace for used construction equipment>SOFTWARE",
                "Event logistics for music festivals>MEDIA");
    }

    static final Map<String, Role> ROLES = index(Role::slug, List.of(
            role("ml", "Machine learning", "apprentissage automatique",
                    "train, evaluate and deploy the models behind our product",
                    "entraîner, évaluer et déployer les modèles au cœur de notre produit",
                    "python|machine learning|pytorch|tensorflow|scikit-learn|deep learning|computer vision"
                            + "|natural language processing|numpy|pandas|sql",
                    "COMPUTER_SCIENCE ENGINEERING MATHEMATICS_STATISTICS", "BACHELOR MASTER PHD", 30),
            role("backend", "Backend developer", "développement backend",
                    "design and build the APIs and services behind our platform",
                    "concevoir et développer les API et les services de notre plateforme",
                    "java|python|go|kotlin|node.js|spring boot|postgresql|sql|rest apis|docker|git",
                    "COMPUTER_SCIENCE ENGINEERING", "COLLEGE BACHELOR MASTER", 27),
            role("frontend", "Frontend developer", "développement frontend",
                    "build fast, accessible web interfaces that our customers use every day",
                    "créer des interfaces web rapides et accessibles que nos clients utilisent chaque jour",
                    "javascript|typescript|react|vue|html|css|accessibility|git|figma",
                    "COMPUTER_SCIENCE DESIGN_ARTS", "COLLEGE BACHELOR", 25),
            role("data", "Data analyst", "analyse de données",
                    "turn product and customer data into dashboards and decisions",
                    "transformer les données clients et produit en tableaux de bord et en décisions",
                    "sql|python|pandas|excel|power bi|tableau|statistics|r|data analysis",
                    "MATHEMATICS_STATISTICS COMPUTER_SCIENCE BUSINESS", "COLLEGE BACHELOR MASTER", 24),
            role("devops", "DevOps", "DevOps et infonuagique",
                    "automate our cloud infrastructure, deployments and monitoring",
                    "automatiser notre infrastructure infonuagique, nos déploiements et notre surveillance",
                    "kubernetes|docker|terraform|aws|linux|ci/cd|bash|python|gcp|azure",
                    "COMPUTER_SCIENCE ENGINEERING", "COLLEGE BACHELOR", 27),
            role("mobile", "Mobile developer", "développement mobile",
                    "ship new features in our iOS and Android apps",
                    "livrer de nouvelles fonctionnalités dans nos applications iOS et Android",
                    "swift|kotlin|react native|flutter|ios|android|typescript|git",
                    "COMPUTER_SCIENCE", "COLLEGE BACHELOR", 26),
            role("hardware", "Hardware engineering", "conception matérielle",
                    "prototype, test and debug electronics and mechanical assemblies",
                    "prototyper, tester et déboguer des cartes électroniques et des assemblages mécaniques",
                    "c|c++|embedded systems|firmware|pcb design|altium|solidworks|matlab|ros|python",
                    "ENGINEERING TRADES", "COLLEGE BACHELOR MASTER", 26),
            role("lab", "Lab research", "laboratoire de biologie moléculaire",
                    "run experiments in our wet lab and document the results",
                    "réaliser des expériences en laboratoire et documenter les résultats",
                    "pcr|cell culture|elisa|molecular biology|crispr|microscopy|lab safety|r|data analysis",
                    "NATURAL_SCIENCES HEALTH_SCIENCES", "COLLEGE BACHELOR MASTER PHD", 23),
            role("energy", "Energy analyst", "analyse énergétique",
                    "model energy use and emissions for our clients' buildings and fleets",
                    "modéliser la consommation d'énergie et les émissions des bâtiments et des flottes",
                    "python|energy modeling|matlab|excel|gis|life cycle assessment|data analysis|autocad",
                    "ENGINEERING NATURAL_SCIENCES", "BACHELOR MASTER", 25),
            role("food", "Food quality assurance", "assurance qualité alimentaire",
                    "keep our production safe and consistent, from supplier audits to lab tests",
                    "assurer la sécurité et la constance de notre production, des audits fournisseurs aux analyses",
                    "haccp|food safety|quality assurance|microbiology|excel|sop writing",
                    "NATURAL_SCIENCES HEALTH_SCIENCES TRADES", "COLLEGE BACHELOR", 21),
            role("marketing", "Marketing", "marketing numérique",
                    "grow our audience through content, campaigns and analytics",
                    "faire croître notre audience grâce au contenu, aux campagnes et à l'analytique",
                    "seo|content marketing|social media|google analytics|copywriting|hubspot|email marketing|french",
                    "BUSINESS SOCIAL_SCIENCES_HUMANITIES DESIGN_ARTS", "COLLEGE BACHELOR", 20),
            role("ux", "UX design", "design d'expérience utilisateur",
                    "research user needs and turn them into prototypes and polished screens",
                    "comprendre les besoins des utilisateurs et les traduire en prototypes et en écrans soignés",
                    "figma|user research|ux design|ui design|prototyping|wireframing|accessibility|adobe illustrator",
                    "DESIGN_ARTS COMPUTER_SCIENCE SOCIAL_SCIENCES_HUMANITIES", "COLLEGE BACHELOR MASTER", 24),
            role("finance", "Finance", "finance",
                    "support budgeting, financial reporting and grant applications",
                    "soutenir la budgétisation, les rapports financiers et les demandes de subventions",
                    "excel|financial modeling|accounting|quickbooks|bookkeeping|forecasting|sql",
                    "BUSINESS MATHEMATICS_STATISTICS", "COLLEGE BACHELOR MASTER", 22),
            role("sales", "Business development", "développement des affaires",
                    "find and qualify new customers and keep our CRM in shape",
                    "trouver et qualifier de nouveaux clients et tenir notre CRM à jour",
                    "salesforce|crm|b2b sales|lead generation|cold outreach|excel|communication|french",
                    "BUSINESS SOCIAL_SCIENCES_HUMANITIES OTHER", "COLLEGE BACHELOR", 20)));

    /** Other spellings people really write; the generator uses them for about a third of the skills. */
    static final Map<String, String> SYNONYMS = pairs("javascript=js|typescript=ts|kubernetes=k8s|postgresql=postgres"
            + "|machine learning=ml|go=golang|node.js=nodejs|c++=cpp|react=react.js|natural language processing=nlp"
            + "|scikit-learn=sklearn|aws=amazon web services|ci/cd=continuous integration|power bi=powerbi"
            + "|data analysis=data analytics|ux design=user experience design|user research=ux research"
            + "|seo=search engine optimization|crm=customer relationship management|gcp=google cloud"
            + "|financial modeling=financial modelling|energy modeling=energy modelling|excel=microsoft excel");
    static final String[] GENERAL_SKILLS =
            words("git|communication|french|teamwork|project management|public speaking");

    static final Map<String, Field> FIELDS = index(Field::code, List.of(
            field("COMPUTER_SCIENCE", "computer science", "informatique",
                    "backend backend ml ml frontend data devops mobile ux",
                    "SOFTWARE FINTECH HARDWARE EDUCATION MEDIA"),
            field("ENGINEERING", "engineering", "génie", "hardware hardware energy ml backend devops data",
                    "HARDWARE ADVANCED_MANUFACTURING CLEANTECH SOFTWARE"),
            field("MATHEMATICS_STATISTICS", "mathematics and statistics", "mathématiques et statistique",
                    "data data ml finance backend", "FINTECH SOFTWARE LIFE_SCIENCES"),
            field("NATURAL_SCIENCES", "natural sciences", "sciences naturelles", "lab lab energy food data",
                    "LIFE_SCIENCES CLEANTECH AGRIFOOD"),
            field("HEALTH_SCIENCES", "health sciences", "sciences de la santé", "lab lab data food",
                    "LIFE_SCIENCES SOCIAL_IMPACT"),
            field("BUSINESS", "business", "administration des affaires", "marketing finance finance sales sales data",
                    "FINTECH SOFTWARE SOCIAL_IMPACT OTHER AGRIFOOD"),
            field("DESIGN_ARTS", "design", "design", "ux ux frontend marketing", "MEDIA EDUCATION SOFTWARE"),
            field("SOCIAL_SCIENCES_HUMANITIES", "social sciences", "sciences sociales", "marketing ux sales data",
                    "SOCIAL_IMPACT EDUCATION MEDIA"),
            field("TRADES", "skilled trades", "métiers spécialisés", "hardware hardware food",
                    "ADVANCED_MANUFACTURING HARDWARE CLEANTECH"),
            field("OTHER", "general studies", "études générales", "marketing sales data", "OTHER SOCIAL_IMPACT")));
    static final String[] FIELD_PICK = weighted("COMPUTER_SCIENCE:22 ENGINEERING:18 MATHEMATICS_STATISTICS:7"
            + " NATURAL_SCIENCES:10 HEALTH_SCIENCES:7 BUSINESS:16 DESIGN_ARTS:7 SOCIAL_SCIENCES_HUMANITIES:8"
            + " TRADES:3 OTHER:2");

    static final String[] FIRST_NAMES = words("Liam|Olivia|Noah|Emma|Ethan|Ava|Lucas|Sophia|Benjamin|Maya|Aarav"
            + "|Priya|Arjun|Ananya|Rohan|Simran|Harpreet|Gurpreet|Wei|Mei|Jun|Xin|Hao|Yuki|Kenji|Min-jun|Ji-woo"
            + "|Omar|Fatima|Yusuf|Layla|Ahmed|Amira|Hassan|Zainab|Chinedu|Adaeze|Kwame|Ama|Tendai|Nia|Mateo|Sofía"
            + "|Diego|Valentina|Camila|Santiago|Thiago|Ana|Carlos|Lucía|Linh|Minh|Thao|Dmitri|Anya|Olena|Taras"
            + "|Kateryna|Marek|Zofia|Siobhan|Declan|Aoife|Connor|Fiona|Leah|Isaac|Hannah|Jacob|Grace|Owen|Ella"
            + "|Nathan|Zoë|Ryan|Megan|Tyler|Jasmine|Kai|Samira|Reza|Parisa|Ali|Sara|Mohammed|Aisha|Amara");
    static final String[] LAST_NAMES = words("Okafor|Smith|Brown|Wilson|MacDonald|Campbell|Anderson|Taylor|Thompson"
            + "|Martin|Lee|Wong|Chen|Li|Zhang|Wang|Liu|Huang|Kim|Park|Nguyen|Tran|Pham|Singh|Patel|Sharma|Gill"
            + "|Sandhu|Dhillon|Khan|Ali|Hussain|Ahmed|Rahman|Haddad|Khoury|Mensah|Adeyemi|Okonkwo|Mwangi|Osei"
            + "|Garcia|Rodriguez|Martinez|Lopez|Silva|Santos|Costa|Kowalski|Nowak|Kovalenko|Shevchenko|Ivanov"
            + "|O'Brien|Murphy|Kelly|Fraser|Stewart|Robertson|Morrison|Ross|Grant|Bell|Clarke|Hughes|Cardinal"
            + "|Sato|Tanaka|Yamamoto|Rossi|Russo|Esposito|Müller|Schmidt|Novak|Yılmaz|Demir|Rezaei|Hosseini");
    static final String[] FIRST_NAMES_FR = words("Jean-Philippe|Marie-Ève|Étienne|Élodie|Gabriel|Léa|Olivier"
            + "|Camille|Mathieu|Juliette|Félix|Noémie|Antoine|Chloé|Louis|Florence|Samuel|Rosalie|William|Émilie"
            + "|Alexandre|Laurence|Thomas|Béatrice|Maxime|Audrey|Simon|Mélissa|Xavier|Océane");
    static final String[] LAST_NAMES_FR = words("Tremblay|Gagnon|Roy|Côté|Bouchard|Gauthier|Morin|Lavoie|Fortin"
            + "|Gagné|Ouellet|Pelletier|Bélanger|Lévesque|Bergeron|Leblanc|Paquette|Girard|Simard|Boucher|Caron"
            + "|Beaulieu|Cloutier|Dubé|Poirier|Fournier|Lapointe|Leclerc|Lefebvre|Desjardins");

    static final Map<String, String> LEVEL_EN =
            Map.of("COLLEGE", "", "BACHELOR", "", "MASTER", " master's", "PHD", " PhD");
    static final Map<String, String> LEVEL_FR = Map.of("COLLEGE", "de DEC", "BACHELOR", "de baccalauréat",
            "MASTER", "de maîtrise", "PHD", "de doctorat");
    static final Map<String, String> MODE_EN = Map.of("ONSITE", "On site in {city}.",
            "HYBRID", "Hybrid: two days a week at our {city} office.", "REMOTE", "Remote from anywhere in Canada.");
    static final Map<String, String> MODE_FR = Map.of("ONSITE", "Sur place à {city}.",
            "HYBRID", "Mode hybride : deux jours par semaine à notre bureau de {city}.",
            "REMOTE", "En télétravail, partout au Canada.");

    static final String[] ORDINALS = words("First|Second|Third|Fourth|Fifth");
    static final String[] ORDINALS_FR = words("première|deuxième|troisième|quatrième|cinquième");
    static final String[] LIKES = words("I like working with {a} and {b}.|Most of my side projects use {a} and {b}."
            + "|Looking for a placement where I can use {a} and {b}.|Recently spent a semester getting better at {a}.");
    static final String[] LIKES_FR = words("J'aime travailler avec {a} et {b}."
            + "|La plupart de mes projets utilisent {a} et {b}.|Je cherche un stage où mettre à profit {a} et {b}."
            + "|J'ai passé la dernière session à approfondir {a}.");

    private DemoVocabulary() {
    }

    static String[] words(String list) {
        return list.split("\\|");
    }

    /** "A:3 B:1" becomes [A, A, A, B]: uniform picks from the result follow the weights. */
    static String[] weighted(String spec) {
        List<String> out = new ArrayList<>();
        for (String entry : spec.split(" ")) {
            String[] parts = entry.split(":");
            for (int i = Integer.parseInt(parts[1]); i > 0; i--) {
                out.add(parts[0]);
            }
        }
        return out.toArray(String[]::new);
    }

    private static Map<String, String> pairs(String list) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : words(list)) {
            out.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        return out;
    }

    private static <T> Map<String, T> index(Function<T, String> key, List<T> values) {
        Map<String, T> out = new LinkedHashMap<>();
        values.forEach(v -> out.put(key.apply(v), v));
        return out;
    }

    private static Region region(String code, String cities, String universities, String colleges) {
        return new Region(code, words(cities), words(universities), words(colleges));
    }

    private static void sector(String code, String suffixes, String roles, String... pitches) {
        SECTORS.put(code, new Sector(code, words(suffixes), pitches, roles.split(" ")));
    }

    private static Role role(String slug, String en, String fr, String doEn, String doFr, String skills,
                             String fields, String levels, int wage) {
        return new Role(slug, en, fr, doEn, doFr, words(skills), fields.split(" "), levels.split(" "), wage);
    }

    private static Field field(String code, String en, String fr, String roles, String interests) {
        return new Field(code, en, fr, roles.split(" "), interests.split(" "));
    }
}
