package de.netzwerkiq.directory.indexer.sample;

import java.util.List;

import de.netzwerkiq.directory.indexer.content.OfferType;
import de.netzwerkiq.directory.indexer.content.TargetGroup;
import de.netzwerkiq.directory.indexer.content.Topic;

/**
 * The fictional sample content's wording, per kind of record, in the eight content
 * languages.
 */
final class Phrases {

	private Phrases() {
	}

	/** A type of advice centre in the network. */
	record CentreType(String key, List<Topic> topics, List<TargetGroup> targetGroups, Texts title, Texts summary) {

	}

	static final Texts FICTIONAL = new Texts("Fiktiver Beispieleintrag.", "Fictional sample entry.",
			"إدخال نموذجي خيالي.", "نمونهٔ ساختگی.", "Kurgusal örnek kayıt.", "Вымышленная примерная запись.",
			"Вигаданий приклад запису.", "Exemple fictif.");

	static final CentreType RECOGNITION = new CentreType("anerkennung", List.of(Topic.RECOGNITION, Topic.JOB_TRAINING),
			List.of(TargetGroup.SKILLED_MIGRANTS, TargetGroup.ACADEMICS),
			new Texts("IQ Anerkennungsberatung {city}", "IQ recognition advice {city}",
					"استشارات IQ للاعتراف بالمؤهلات في {city}", "مشاوره IQ برای ارزشیابی مدارک در {city}",
					"IQ Denklik Danışmanlığı {city}", "Консультация IQ по признанию квалификаций, {city}",
					"Консультація IQ з визнання кваліфікацій, {city}",
					"Conseil IQ en reconnaissance des diplômes, {city}"),
			new Texts("Kostenlose Beratung in {city} zur Anerkennung ausländischer Berufs- und Studienabschlüsse.",
					"Free advice in {city} on getting foreign vocational and academic qualifications recognised.",
					"استشارة مجانية في {city} حول الاعتراف بالشهادات المهنية والجامعية الأجنبية.",
					"مشاورهٔ رایگان در {city} دربارهٔ به رسمیت شناختن مدارک حرفه‌ای و دانشگاهی خارجی.",
					"{city}'de yabancı meslek ve üniversite diplomalarının tanınması hakkında ücretsiz danışmanlık.",
					"Бесплатные консультации в {city} по признанию иностранных профессиональных и вузовских дипломов.",
					"Безкоштовні консультації в {city} щодо визнання іноземних професійних і вишівських дипломів.",
					"Conseil gratuit à {city} sur la reconnaissance des diplômes professionnels et universitaires étrangers."));

	static final CentreType FAIR_INTEGRATION = new CentreType("faire-integration", List.of(Topic.FAIR_INTEGRATION),
			List.of(TargetGroup.REFUGEES, TargetGroup.EU_WORKERS, TargetGroup.SEASONAL_WORKERS),
			new Texts("Faire Integration {city}", "Fair Integration {city}: labour-rights advice",
					"الاندماج العادل {city}: استشارات حقوق العمل", "ادغام منصفانه {city}: مشاوره حقوق کار",
					"Adil Entegrasyon {city}: çalışma hakları danışmanlığı",
					"Fair Integration {city}: консультации по трудовым правам",
					"Fair Integration {city}: консультації з трудових прав",
					"Intégration équitable {city} : conseil en droit du travail"),
			new Texts(
					"Beratung in {city} zu Arbeitsvertrag, Lohn, Arbeitszeit und Kündigung für Geflüchtete und Drittstaatsangehörige.",
					"Advice in {city} on employment contracts, wages, working hours and dismissal for refugees and third-country nationals.",
					"استشارات في {city} حول عقد العمل والأجر وساعات العمل والفصل للاجئين ومواطني الدول الثالثة.",
					"مشاوره در {city} دربارهٔ قرارداد کار، دستمزد، ساعات کار و اخراج برای پناهجویان و اتباع کشورهای ثالث.",
					"{city}'de mülteciler ve üçüncü ülke vatandaşları için iş sözleşmesi, ücret, çalışma süresi ve işten çıkarma danışmanlığı.",
					"Консультации в {city} по трудовому договору, зарплате, рабочему времени и увольнению для беженцев и граждан третьих стран.",
					"Консультації в {city} щодо трудового договору, зарплати, робочого часу та звільнення для біженців і громадян третіх країн.",
					"Conseil à {city} sur le contrat de travail, le salaire, le temps de travail et le licenciement pour les personnes réfugiées."));

	static final CentreType QUALIFICATION = new CentreType("qualifizierung",
			List.of(Topic.JOB_TRAINING, Topic.CAREER_ORIENTATION),
			List.of(TargetGroup.SKILLED_MIGRANTS, TargetGroup.WOMEN),
			new Texts("Qualifizierungsberatung {city}", "Qualification advice {city}",
					"استشارات التأهيل المهني في {city}", "مشاورهٔ آموزش‌های تکمیلی در {city}",
					"Mesleki Yeterlilik Danışmanlığı {city}", "Консультация по профессиональной квалификации, {city}",
					"Консультація з професійної кваліфікації, {city}",
					"Conseil en qualification professionnelle, {city}"),
			new Texts(
					"Beratung in {city} zu Anpassungsqualifizierungen, Brückenkursen und Förderung nach einer teilweisen Anerkennung.",
					"Advice in {city} on adaptation and bridge courses and funding after a partial recognition.",
					"استشارات في {city} حول دورات التكييف والدورات التجسيرية والتمويل بعد الاعتراف الجزئي.",
					"مشاوره در {city} دربارهٔ دوره‌های تطبیقی و پل‌زننده و حمایت مالی پس از ارزشیابی جزئی.",
					"{city}'de kısmi denklik sonrası uyum ve köprü kursları ile destekler hakkında danışmanlık.",
					"Консультации в {city} по адаптационным и переходным курсам и финансированию после частичного признания.",
					"Консультації в {city} щодо адаптаційних і перехідних курсів та фінансування після часткового визнання.",
					"Conseil à {city} sur les formations d'adaptation, les cours passerelles et leur financement."));

	static final CentreType START_UP = new CentreType("gruendung", List.of(Topic.BUSINESS_START_UP),
			List.of(TargetGroup.FOUNDERS),
			new Texts("Gründungsberatung für Migrantinnen und Migranten {city}", "Start-up advice for migrants {city}",
					"استشارات تأسيس المشاريع للمهاجرين في {city}", "مشاورهٔ راه‌اندازی کسب‌وکار برای مهاجران در {city}",
					"Göçmenler için girişimcilik danışmanlığı {city}",
					"Консультации мигрантам по открытию бизнеса, {city}",
					"Консультації мігрантам щодо започаткування бізнесу, {city}",
					"Conseil à la création d'entreprise pour personnes migrantes, {city}"),
			new Texts(
					"Beratung in {city} zu Geschäftsidee, Businessplan, Finanzierung und Aufenthaltsrecht für Gründende.",
					"Advice in {city} on business ideas, business plans, financing and residence law for founders.",
					"استشارات في {city} حول فكرة المشروع وخطة العمل والتمويل وقانون الإقامة للمؤسسين.",
					"مشاوره در {city} دربارهٔ ایدهٔ کسب‌وکار، طرح تجاری، تأمین مالی و قانون اقامت برای بنیان‌گذاران.",
					"{city}'de girişimciler için iş fikri, iş planı, finansman ve oturum hukuku danışmanlığı.",
					"Консультации в {city} по бизнес-идее, бизнес-плану, финансированию и праву на пребывание.",
					"Консультації в {city} щодо бізнес-ідеї, бізнес-плану, фінансування та права на перебування.",
					"Conseil à {city} sur l'idée d'entreprise, le business plan, le financement et le droit au séjour."));

	static final CentreType REFUGEES = new CentreType("gefluechtete",
			List.of(Topic.RECOGNITION, Topic.CAREER_ORIENTATION), List.of(TargetGroup.REFUGEES),
			new Texts("Berufliche Perspektiven für Geflüchtete {city}", "Career prospects for refugees {city}",
					"آفاق مهنية للاجئين في {city}", "چشم‌انداز شغلی برای پناهجویان در {city}",
					"Mülteciler için mesleki gelecek {city}", "Профессиональные перспективы для беженцев, {city}",
					"Професійні перспективи для біженців, {city}",
					"Perspectives professionnelles pour personnes réfugiées, {city}"),
			new Texts("Begleitung in {city} von der Anerkennung bis zur ersten Stelle, mit Sprachmittlung.",
					"Support in {city} from recognition to the first job, with interpreting.",
					"مرافقة في {city} من الاعتراف بالشهادات حتى أول وظيفة، مع ترجمة.",
					"همراهی در {city} از ارزشیابی مدارک تا نخستین شغل، با مترجم.",
					"{city}'de denklikten ilk işe kadar tercüman desteğiyle rehberlik.",
					"Сопровождение в {city} от признания диплома до первой работы, с переводчиком.",
					"Супровід у {city} від визнання диплома до першої роботи, з перекладачем.",
					"Accompagnement à {city} de la reconnaissance au premier emploi, avec interprétariat."));

	/** Competence centres: nationwide, each on one topic. */
	static final List<Texts> COMPETENCE_CENTRES = List.of(
			new Texts("IQ Kompetenzzentrum Anerkennung und Qualifizierung",
					"IQ competence centre for recognition and qualification", null, null, null, null, null, null),
			new Texts("IQ Kompetenzzentrum Berufsbezogenes Deutsch", "IQ competence centre for work-related German",
					null, null, null, null, null, null),
			new Texts("IQ Kompetenzzentrum Interkulturelle Öffnung", "IQ competence centre for intercultural opening",
					null, null, null, null, null, null),
			new Texts("IQ Kompetenzzentrum Migrantenökonomie", "IQ competence centre for migrant entrepreneurship",
					null, null, null, null, null, null),
			new Texts("IQ Kompetenzzentrum Faire Integration", "IQ competence centre for Fair Integration", null, null,
					null, null, null, null));

	static final List<List<Topic>> COMPETENCE_TOPICS = List.of(List.of(Topic.RECOGNITION, Topic.JOB_TRAINING),
			List.of(Topic.GERMAN_FOR_WORK), List.of(Topic.INTERCULTURAL_COMPETENCE, Topic.ANTI_DISCRIMINATION),
			List.of(Topic.BUSINESS_START_UP), List.of(Topic.FAIR_INTEGRATION));

	static final Texts COMPETENCE_SUMMARY = new Texts(
			"Bundesweites Kompetenzzentrum des Netzwerks: Fachinformationen, Fortbildungen und Beratung per Telefon und Video.",
			"Nationwide competence centre of the network: expert information, training and advice by phone and video.",
			null, null, null, null, null, null);

	/**
	 * Training offers: the wording of one offer type, and its share of the sample (the
	 * offer types up to and including this one cover rolls below {@code rollsBelow} of
	 * 100).
	 */
	record OfferTemplate(String key, OfferType type, int rollsBelow, Texts title, Texts summary) {

	}

	static final OfferTemplate ADAPTATION = new OfferTemplate("anpassung", OfferType.ADAPTATION_COURSE, 25,
			new Texts("Anpassungsqualifizierung {occupation}, {city}", "Adaptation course for {occupation}, {city}",
					"دورة تأهيل تكميلي: {occupation}، {city}", "دورهٔ تطبیقی: {occupation}، {city}",
					"Uyum kursu: {occupation}, {city}", "Адаптационный курс: {occupation}, {city}",
					"Адаптаційний курс: {occupation}, {city}", "Formation d'adaptation : {occupation}, {city}"),
			new Texts(
					"Schließt die im Anerkennungsbescheid genannten Unterschiede, mit Praxisphasen bei Arbeitgebern in der Region.",
					"Closes the gaps named in the recognition notice, with work placements at employers in the region.",
					"تسد الفروق المذكورة في قرار الاعتراف، مع فترات تدريب عملي لدى أصحاب العمل في المنطقة.",
					"تفاوت‌های ذکرشده در حکم ارزشیابی را جبران می‌کند، همراه با کارآموزی نزد کارفرمایان منطقه.",
					"Denklik kararında belirtilen farkları, bölgedeki işverenlerde uygulama dönemleriyle kapatır.",
					"Устраняет различия, указанные в решении о признании, с практикой у работодателей региона.",
					"Усуває відмінності, зазначені в рішенні про визнання, з практикою в роботодавців регіону.",
					"Comble les écarts indiqués dans la décision de reconnaissance, avec des stages chez des employeurs."));

	static final OfferTemplate BRIDGE = new OfferTemplate("bruecke", OfferType.BRIDGE_COURSE, 40,
			new Texts("Brückenmaßnahme für {occupation}, {city}", "Bridge course for {occupation}, {city}",
					"دورة تجسيرية: {occupation}، {city}", "دورهٔ پل‌زننده: {occupation}، {city}",
					"Köprü kursu: {occupation}, {city}", "Переходный курс: {occupation}, {city}",
					"Перехідний курс: {occupation}, {city}", "Cours passerelle : {occupation}, {city}"),
			new Texts("Fachwissen, Fachsprache und Bewerbungstraining für den Berufseinstieg in Deutschland.",
					"Subject knowledge, professional language and application training for starting work in Germany.",
					"معارف مهنية ولغة تخصصية وتدريب على التقديم لبدء العمل في ألمانيا.",
					"دانش تخصصی، زبان تخصصی و آموزش درخواست کار برای شروع کار در آلمان.",
					"Almanya'da işe başlamak için mesleki bilgi, mesleki dil ve başvuru eğitimi.",
					"Профессиональные знания, профессиональный язык и подготовка к поиску работы в Германии.",
					"Фахові знання, фахова мова та підготовка до пошуку роботи в Німеччині.",
					"Connaissances, langue professionnelle et candidatures pour démarrer en Allemagne."));

	static final OfferTemplate EXAM = new OfferTemplate("pruefung", OfferType.EXAM_PREPARATION, 55,
			new Texts("Vorbereitung auf die Kenntnisprüfung {occupation}, {city}",
					"Knowledge test preparation for {occupation}, {city}",
					"تحضير لامتحان المعرفة: {occupation}، {city}", "آمادگی برای آزمون دانش: {occupation}، {city}",
					"Bilgi sınavına hazırlık: {occupation}, {city}",
					"Подготовка к экзамену на знания: {occupation}, {city}",
					"Підготовка до іспиту на знання: {occupation}, {city}",
					"Préparation à l'examen de connaissances : {occupation}, {city}"),
			new Texts(
					"Prüfungsnahe Fälle, Simulationen und Fachsprache; für Antragstellende mit Auflage zur Kenntnisprüfung.",
					"Exam-style cases, simulations and professional language; for applicants required to take the knowledge test.",
					"حالات وتمارين محاكاة ولغة تخصصية؛ للمتقدمين المطلوب منهم امتحان المعرفة.",
					"موارد شبیه آزمون، شبیه‌سازی و زبان تخصصی؛ برای متقاضیانی که باید در آزمون دانش شرکت کنند.",
					"Sınava yakın vakalar, simülasyonlar ve mesleki dil; bilgi sınavına girmesi gereken başvuru sahipleri için.",
					"Экзаменационные случаи, симуляции и профессиональный язык для тех, кому назначен экзамен.",
					"Екзаменаційні випадки, симуляції та фахова мова для тих, кому призначено іспит.",
					"Cas d'examen, simulations et langue professionnelle, pour les candidats soumis à l'examen."));

	static final OfferTemplate GERMAN = new OfferTemplate("deutsch", OfferType.WORK_RELATED_GERMAN, 85, new Texts(
			"Berufssprachkurs Deutsch {occupation}, {city}", "Work-related German course {occupation}, {city}",
			"دورة اللغة الألمانية المهنية {occupation}، {city}", "دورهٔ زبان آلمانی شغلی {occupation}، {city}",
			"Mesleki Almanca kursu {occupation}, {city}", "Курс профессионального немецкого {occupation}, {city}",
			"Курс професійної німецької {occupation}, {city}", "Cours d'allemand professionnel {occupation}, {city}"),
			new Texts(
					"Deutsch für den Beruf: Kommunikation im Team, mit Kundschaft und in Dokumentation; mit Abschlussprüfung.",
					"German for work: communication in the team, with customers and in documentation; with a final exam.",
					"الألمانية للعمل: التواصل في الفريق ومع العملاء وفي التوثيق؛ مع امتحان نهائي.",
					"آلمانی برای کار: ارتباط در تیم، با مشتریان و در مستندسازی؛ با آزمون پایانی.",
					"İş için Almanca: ekip içinde, müşterilerle ve belgelerde iletişim; bitirme sınavıyla.",
					"Немецкий для работы: общение в команде, с клиентами и в документации; с итоговым экзаменом.",
					"Німецька для роботи: спілкування в команді, з клієнтами та в документації; з підсумковим іспитом.",
					"L'allemand au travail : équipe, clientèle et documentation ; avec examen final."));

	static final OfferTemplate COACHING = new OfferTemplate("coaching", OfferType.COACHING, 95,
			new Texts("Bewerbungscoaching für zugewanderte Fachkräfte, {city}",
					"Job application coaching for skilled migrants, {city}",
					"تدريب على التقديم للوظائف للمهنيين المهاجرين، {city}",
					"کوچینگ درخواست کار برای متخصصان مهاجر، {city}", "Göçmen uzmanlar için başvuru koçluğu, {city}",
					"Коучинг по трудоустройству для специалистов-мигрантов, {city}",
					"Коучинг з працевлаштування для фахівців-мігрантів, {city}",
					"Coaching de candidature pour professionnels migrants, {city}"),
			new Texts("Einzelcoaching zu Lebenslauf, Anschreiben und Vorstellungsgespräch; Einstieg jederzeit.",
					"One-to-one coaching on CV, cover letter and interview; start any time.",
					"تدريب فردي على السيرة الذاتية ورسالة التقديم والمقابلة؛ البدء في أي وقت.",
					"کوچینگ فردی برای رزومه، نامهٔ درخواست و مصاحبه؛ شروع در هر زمان.",
					"Özgeçmiş, ön yazı ve mülakat için bireysel koçluk; her zaman başlanabilir.",
					"Индивидуальный коучинг по резюме, сопроводительному письму и собеседованию; старт в любое время.",
					"Індивідуальний коучинг щодо резюме, супровідного листа та співбесіди; старт будь-коли.",
					"Coaching individuel : CV, lettre de motivation et entretien ; entrée à tout moment."));

	static final OfferTemplate MENTORING = new OfferTemplate("mentoring", OfferType.MENTORING, 100, new Texts(
			"Mentoring für Akademikerinnen aus dem Ausland, {city}",
			"Mentoring for women graduates from abroad, {city}", "برنامج إرشاد للخريجات من الخارج، {city}",
			"منتورینگ برای زنان دانش‌آموختهٔ خارج، {city}", "Yurt dışından mezun kadınlar için mentorluk, {city}",
			"Менторинг для женщин с иностранным высшим образованием, {city}",
			"Менторинг для жінок з іноземною вищою освітою, {city}", "Mentorat pour diplômées étrangères, {city}"),
			new Texts("Sechs Monate Tandem mit einer Mentorin aus dem eigenen Berufsfeld.",
					"Six months in a tandem with a mentor from your own field.", "ستة أشهر مع مرشدة من مجالك المهني.",
					"شش ماه همراهی با یک منتور از حوزهٔ کاری خودتان.",
					"Kendi alanınızdan bir mentorla altı aylık tandem.",
					"Шесть месяцев в тандеме с наставницей из вашей профессии.",
					"Шість місяців у тандемі з наставницею з вашої професії.",
					"Six mois en tandem avec une mentore de votre domaine."));

	static final List<OfferTemplate> OFFER_TEMPLATES = List.of(ADAPTATION, BRIDGE, EXAM, GERMAN, COACHING, MENTORING);

	/**
	 * Intercultural curricula: a subject, its topics and its wording (German, English).
	 */
	record CurriculumSubject(List<Topic> topics, String de, String en, String summaryDe, String summaryEn) {

	}

	static final List<CurriculumSubject> CURRICULUM_SUBJECTS = List.of(
			new CurriculumSubject(List.of(Topic.INTERCULTURAL_COMPETENCE), "Interkulturelle Kompetenz in der Beratung",
					"Intercultural competence in advice work",
					"Schulungskonzept mit Übungen zu Perspektivwechsel, Kommunikation und Konfliktlösung.",
					"Training concept with exercises on changing perspective, communication and conflict resolution."),
			new CurriculumSubject(List.of(Topic.LANGUAGE_SENSITIVE_ADVICE), "Sprachsensible Beratung",
					"Language-sensitive advice",
					"Wie Beratende einfach und klar sprechen, Verständnis sichern und mit Sprachmittlung arbeiten.",
					"How advisers speak plainly, check understanding and work with interpreters."),
			new CurriculumSubject(List.of(Topic.ANTI_DISCRIMINATION), "Diskriminierungskritische Arbeitsvermittlung",
					"Anti-discrimination in job placement",
					"Erkennen und Vermeiden von Diskriminierung in Vermittlung und Personalauswahl.",
					"Recognising and avoiding discrimination in placement and recruitment."),
			new CurriculumSubject(List.of(Topic.ASYLUM_AND_RESIDENCE), "Asyl- und Aufenthaltsrecht: Basiswissen",
					"Asylum and residence law: the basics",
					"Aufenthaltstitel, Arbeitsmarktzugang und Beschäftigungserlaubnis verständlich erklärt.",
					"Residence titles, labour-market access and work permits explained plainly."),
			new CurriculumSubject(List.of(Topic.INTERCULTURAL_COMPETENCE, Topic.RECOGNITION),
					"Anerkennung ausländischer Abschlüsse für Vermittlungsfachkräfte",
					"Recognition of foreign qualifications for placement staff",
					"Verfahren, Zuständigkeiten und Fördermöglichkeiten für die Praxis im Jobcenter.",
					"Procedures, responsible bodies and funding for day-to-day work in job centres."),
			new CurriculumSubject(List.of(Topic.INTERCULTURAL_COMPETENCE), "Interkulturelle Öffnung von Unternehmen",
					"Intercultural opening of companies",
					"Workshopreihe für kleine und mittlere Unternehmen: Onboarding, Teamarbeit, Führung.",
					"Workshop series for small and medium-sized companies: onboarding, teamwork, leadership."));

	static final List<String> CURRICULUM_LEVELS_DE = List.of("Grundlagenmodul", "Vertiefungsmodul", "Praxismodul",
			"Train-the-Trainer");

	static final List<String> CURRICULUM_LEVELS_EN = List.of("basic module", "advanced module", "practice module",
			"train the trainer");

	/** Start-up resources: a subject, its topics and a title per content language. */
	record ResourceSubject(List<Topic> topics, Texts title, Texts summary) {

	}

	static final List<ResourceSubject> RESOURCE_SUBJECTS = List.of(
			new ResourceSubject(List.of(Topic.BUSINESS_PLAN, Topic.BUSINESS_START_UP),
					new Texts("Leitfaden Businessplan", "Business plan guide", "دليل خطة العمل", "راهنمای طرح کسب‌وکار",
							"İş planı rehberi", "Руководство по бизнес-плану", "Посібник з бізнес-плану",
							"Guide du business plan"),
					new Texts("Schritt für Schritt zum Businessplan, mit Mustergliederung.",
							"Step by step to a business plan, with a model outline.",
							"خطوة بخطوة نحو خطة العمل، مع نموذج.", "گام‌به‌گام تا طرح کسب‌وکار، با نمونهٔ ساختار.",
							"Örnek taslakla adım adım iş planı.", "Шаг за шагом к бизнес-плану, с образцом структуры.",
							"Крок за кроком до бізнес-плану, зі зразком структури.",
							"Pas à pas vers le business plan, avec un plan type.")),
			new ResourceSubject(List.of(Topic.FINANCING),
					new Texts("Finanzierung: Mikrokredit und Gründungszuschuss",
							"Financing: micro-loans and start-up grants", "التمويل: القروض الصغيرة ومنحة التأسيس",
							"تأمین مالی: وام خرد و کمک‌هزینهٔ راه‌اندازی", "Finansman: mikrokredi ve kuruluş desteği",
							"Финансирование: микрокредит и субсидия на открытие бизнеса",
							"Фінансування: мікрокредит і грант на започаткування",
							"Financement : microcrédit et aide à la création"),
					new Texts("Überblick über Förderprogramme für kleine Gründungen.",
							"Overview of funding programmes for small start-ups.",
							"نظرة عامة على برامج الدعم للمشاريع الصغيرة.",
							"مروری بر برنامه‌های حمایتی برای کسب‌وکارهای کوچک.",
							"Küçük girişimler için destek programlarına genel bakış.",
							"Обзор программ поддержки малого бизнеса.", "Огляд програм підтримки малого бізнесу.",
							"Panorama des aides pour les petites créations.")),
			new ResourceSubject(List.of(Topic.LEGAL_FORM),
					new Texts("Rechtsformen im Überblick", "Legal forms at a glance",
							"الأشكال القانونية للشركات باختصار", "نگاهی به اشکال حقوقی شرکت",
							"Şirket türlerine genel bakış", "Организационно-правовые формы: обзор",
							"Організаційно-правові форми: огляд", "Les formes juridiques en bref"),
					new Texts("Einzelunternehmen, GbR, UG und GmbH im Vergleich.",
							"Sole trader, partnership, UG and GmbH compared.",
							"مقارنة بين المنشأة الفردية وشركة الأشخاص وUG وGmbH.",
							"مقایسهٔ شرکت تک‌نفره، مشارکت مدنی، UG و GmbH.",
							"Şahıs şirketi, GbR, UG ve GmbH karşılaştırması.", "Сравнение ИП, GbR, UG и GmbH.",
							"Порівняння ФОП, GbR, UG і GmbH.", "Entreprise individuelle, GbR, UG et GmbH comparées.")),
			new ResourceSubject(List.of(Topic.RESIDENCE_PERMIT),
					new Texts("Aufenthaltserlaubnis zur selbständigen Tätigkeit",
							"Residence permit for self-employment", "تصريح الإقامة للعمل الحر",
							"اجازهٔ اقامت برای کار مستقل", "Serbest çalışma için oturma izni",
							"Вид на жительство для самозанятости", "Посвідка на проживання для самозайнятості",
							"Titre de séjour pour activité indépendante"),
					new Texts("Voraussetzungen nach § 21 Aufenthaltsgesetz und was die Ausländerbehörde prüft.",
							"Requirements under section 21 of the Residence Act and what the immigration office checks.",
							"الشروط وفق المادة 21 من قانون الإقامة وما تتحقق منه دائرة الأجانب.",
							"شرایط طبق بند ۲۱ قانون اقامت و آنچه ادارهٔ اتباع بررسی می‌کند.",
							"Oturum Yasası 21. madde koşulları ve yabancılar dairesinin incelediği konular.",
							"Требования § 21 Закона о пребывании и что проверяет ведомство по делам иностранцев.",
							"Вимоги § 21 Закону про перебування і що перевіряє відомство у справах іноземців.",
							"Conditions de l'article 21 de la loi sur le séjour et contrôles de l'administration.")),
			new ResourceSubject(List.of(Topic.TAXES),
					new Texts("Steuern für Selbständige: erste Schritte", "Taxes for the self-employed: first steps",
							"الضرائب للعاملين لحسابهم الخاص: الخطوات الأولى", "مالیات برای خویش‌فرمایان: نخستین گام‌ها",
							"Serbest çalışanlar için vergiler: ilk adımlar", "Налоги для самозанятых: первые шаги",
							"Податки для самозайнятих: перші кроки", "Impôts des indépendants : premiers pas"),
					new Texts("Steuernummer, Umsatzsteuer, Kleinunternehmerregelung und Buchführung.",
							"Tax number, VAT, the small-business rule and bookkeeping.",
							"الرقم الضريبي وضريبة القيمة المضافة وقاعدة المشاريع الصغيرة والمحاسبة.",
							"شمارهٔ مالیاتی، مالیات بر ارزش افزوده، قاعدهٔ کسب‌وکار کوچک و حسابداری.",
							"Vergi numarası, KDV, küçük işletme kuralı ve muhasebe.",
							"Налоговый номер, НДС, правило малого предпринимателя и бухгалтерия.",
							"Податковий номер, ПДВ, правило малого підприємця та бухгалтерія.",
							"Numéro fiscal, TVA, régime des petites entreprises et comptabilité.")),
			new ResourceSubject(List.of(Topic.SOCIAL_INSURANCE), new Texts(
					"Kranken- und Rentenversicherung für Gründende", "Health and pension insurance for founders",
					"التأمين الصحي والتقاعدي للمؤسسين", "بیمهٔ درمانی و بازنشستگی برای بنیان‌گذاران",
					"Girişimciler için sağlık ve emeklilik sigortası",
					"Медицинское и пенсионное страхование для основателей",
					"Медичне та пенсійне страхування для засновників", "Assurance maladie et retraite des créateurs"),
					new Texts("Welche Versicherungen Pflicht sind und was sie kosten.",
							"Which insurances are compulsory and what they cost.", "أي أنواع التأمين إلزامية وكم تكلف.",
							"کدام بیمه‌ها اجباری‌اند و چقدر هزینه دارند.",
							"Hangi sigortalar zorunlu ve maliyetleri ne.",
							"Какие страховки обязательны и сколько они стоят.",
							"Які страховки обов'язкові та скільки вони коштують.",
							"Quelles assurances sont obligatoires et leur coût.")),
			new ResourceSubject(List.of(Topic.BUSINESS_START_UP),
					new Texts("Checkliste: Gründung in zehn Schritten", "Checklist: starting a business in ten steps",
							"قائمة مراجعة: تأسيس مشروع في عشر خطوات", "چک‌لیست: راه‌اندازی کسب‌وکار در ده گام",
							"Kontrol listesi: on adımda şirket kurmak", "Чек-лист: открытие бизнеса за десять шагов",
							"Чек-лист: започаткування бізнесу за десять кроків",
							"Check-list : créer son entreprise en dix étapes"),
					new Texts("Von der Idee bis zur Gewerbeanmeldung.", "From the idea to registering the business.",
							"من الفكرة حتى تسجيل النشاط التجاري.", "از ایده تا ثبت کسب‌وکار.",
							"Fikirden işletme kaydına kadar.", "От идеи до регистрации предприятия.",
							"Від ідеї до реєстрації підприємства.", "De l'idée à l'immatriculation.")));

}
