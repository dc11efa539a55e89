/**
 * Common given names, from general public knowledge: frequent Azerbaijani given names in their
 * usual English transliterations (plus the Azerbaijani Latin spelling, folded), common Turkish,
 * Russian, Central-Asian, Arabic/Persian and European/English given names. Folded with
 * foldName, so "Rəşad" and "Rashad" both hit. A hit is evidence for a person, never proof: it
 * is combined with span shape and context.
 */
const NAMES = `
abbas abdul abdulla abdullah abulfaz abulfas adalat adil afag afaq afet agil  agha ahmad ahmed ahliman
aida aidan aigul aila akif akram ali alakbar alasgar aleksandr alexander alexandra alexei alexey aliya alim
alla altai altay aly amina amin anar anara anastasia andrei andrey anna anton arif arifa arzu arzuman asaf
asif aslan ayaz aydan aydin aygun ayla aynur aysel aytan azad azer aziz aziza babak bahram bahruz bahar
bakhtiyar bakhtiyar balash bayram behbud boris chingiz chinara dilara dilbar dmitry dmitri elchin elchin
eldar elkhan elmar elmira elnur elnara elshad elshan elvin elvira emil emin emin eldaniz erkin etibar etar
eyvaz fakhraddin fakhri  farid farida farhad farhad fatma fazil fidan fikrat firangiz fuad fuad
gafar gamar garay gulnar gulnara gulshan gunay gulbala gulara habib hafiz haji hajibala hamid hasan hajar
hikmat hokuma huseyn huseyngulu ibrahim  ilgar ilham ilkin ilaha imran inara irada isa ismail
ismayil ivan jafar jahangir jalal jamil jamila jannat javanshir javid jeyhun kamal kamala kamil kamran
karim khadija khalid khanlar khayal khayyam khurshid  konul lala laman lamiya latif leyla
lyudmila mahammad mahir mahmud malahat mammad mammadagha maria mariam marina matanat mayis mehdi mehriban
mikail mikayil mikhail mir  mirza mubariz mukhtar murad murtuz musa mushfig mustafa nadir nail namig narmin
nargiz nariman natavan natig nazim nazir nigar nijat nizami novruz nurlan nushaba oktay ogtay olga orkhan
parviz pasha polad rafael rafig rafiq rahim rain ramil ramiz rashad rashid rasim rasul rauf ravan rena
rovshan rufat rustam sabina sabir sadig safar sahib said samad samir sanan sara sardar sevda sevinj shafiga
shahin shahla shamil shamsi sharif shirin  simuzar sona sultan tahir tahmina tair tamara tarlan
telman teymur tofig tural turan turkan ulviya ulvi umid uzeyir uzeir vagif vahid valeh vasif vidadi vugar
vusal yagub yashar yusif zahid zahir zahra zakir zaur zeynab zulfiyya zumrud zarifa rahila ruslan gunel
aytaj ilaha jeyran khanim mehman nazim  rasmiya reyhan sevil tunzala ulker zamira shafag arzu
vugar gulnaz jamal rustam sabuhi anar emin nurlana fargana farah huseyn israfil kenan nasib nizameddin
ahmet ayse burak cem deniz elif emre fatih gul hakan hatice kemal mehmet meryem murat mustafa ozlem recep
selim serkan tuncay yilmaz zeynep orhan nazim yunus
alexander alla boris dmitry elena galina igor irina konstantin larisa leonid maxim nadezhda natalia natalya
nikolai nikolay oleg pavel roman sergei sergey svetlana tatiana tatyana valentina valery vera viktor
vladimir vladislav yekaterina yelena yevgeny yuri zinaida sofia sofya
abubakar ahmad akmal aziz bakhodir dilnoza farrukh gulnora jamshid kairat nursultan rustam shavkat
timur ulugbek zarina
heydar heydar majid mehdi samad sabina ismayil tahir garib gara vagif jahid zarifa fikret fikrat faraj gulmurad
adam adrian al alan albert alfred alice amanda amy andrew angela ann anne anthony barbara ben benjamin
bernard betty bill billy bob brian bruce carl carlos carol catherine charles charlotte chris christian
christina christopher claire daniel david dean dennis diana  donald dorothy edward elizabeth emily
emma eric frank fred gary george gerald gonzalo  gregory hans harry helen henry  
hugh ian isabel jack jacques james jane janet jean jennifer jessica jim joe johann john jonathan jose
joseph juan julia julian karen kate kenny kevin larry laura linda lisa louis lucy luis margaret maria
mark martin mary matthew michael mike miles nancy nicholas oliver patrick paul peter philip pierre rachel
ralph raymond rebecca richard robert roger ronald rose ruth ryan sam samuel sarah scott stephen steven
susan theo thomas timothy tom victor walter william    kenny charles abdulaziz
francois francesco giuseppe giovanni marco antonio pablo manuel miguel pedro jorge ricardo fernando
hassan hussein khaled mohammed muhammad omar youssef yusuf ali fatima layla maryam reza mohammad hossein
`;

export const FIRST_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter((w) => w !== ''));
const SET = FIRST_NAMES;

/** True when the folded word is a common given name. */
export function isFirstName(folded: string): boolean {
  return SET.has(folded);
}
