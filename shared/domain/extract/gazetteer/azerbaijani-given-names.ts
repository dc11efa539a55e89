/**
 * Common Azerbaijani given names in Azerbaijani Latin, from general public knowledge (the names
 * most often given in Azerbaijan, men's and women's), for choosing the English spelling of a name
 * written in Russian letters: Russian "е" is Azerbaijani "e" or "ə", "г" is "q" or "h", "х" is
 * "x" or "h", and the Azerbaijani name decides (Ахмед = Əhməd → Ahmad, Керим = Kərim → Karim,
 * Гейдар = Heydər → Heydar), and a name of this list marks a Russian-written person as
 * Azerbaijani (names shared with Russian, such as Tamara or Ruslan, are left out). Read only by
 * english-names.ts; recognition keeps its own list.
 */
import { azerbaijaniToEnglish } from '../../text/azerbaijani.js';

const MEN = `
Abbas Abdulla Abbasqulu Abıl Adil Afət Afiq Ağa Ağabəy Ağabala Akif Ağil Aqil Altay Allahverdi
Anar Araz Arif Arzu Asəf Asif Aslan Atabəy Avaz Ayaz Aydın Azad Azər Aziz Babək Bağır Bahadur Baxış Bayram
Bəhram Bəhruz Bəxtiyar Bəşir Bəylər Bilal Budaq Cabir Cahangir Cəfər Cəlal Cəmil Cavad Cavanşir Cavid Ceyhun
Cümşüd Çingiz Dadaş Dilavər Dünyamalı Elbəy Elçin Eldar Eldəniz Elxan Elman Elmar Elmir Elnur Elşad Elşən
Elvin Elvüsal Emin Eyvaz Etibar Əbülfəz Əbdül Əhməd Əkbər Əkrəm Ələkbər Ələsgər Əli Əlihüseyn Əliağa
Əmir Əmirxan Ənvər Əsgər Əşrəf Əyyub Əziz Famil Fazil Fərhad Fərid Fərman Fəxrəddin Fəxri Fikrət
Fuad Gündüz Hacı Hafiz Hakim Hamid Həbib Həmid Həsən Heydər Hikmət Hüseyn Hüseynqulu İbrahim İlham
İlqar İlkin İlyas İmran İntiqam İsa İsmayıl İsrafil Kamal Kamil Kamran Kazım Kənan Kərim Kərəm Xalid Xaləddin
Xanlar Xaqani Xəlil Xəyal Xəyyam Xudu Xosrov Xurşud Qabil Qadir Qafar Qəzənfər Qasım Qərib Qurban
Qüdrət Qulu Qəmbər Lətif Mahir Mahmud Malik Mehdi Mehman Məhəmməd Məmməd Məhərrəm Mikayıl
Mirzə Mübariz Muxtar Murad Murtuz Musa Mustafa Müşfiq Nadir Nail Namiq Nağı Nəcəf Nəriman Nəsib Nəsimi
Natiq Nazim Nicat Nizami Novruz Nurlan Oqtay Oktay Orxan Pərviz Polad Pənah Rafiq Rahib Ramil Ramiz
Rasim Rasul Rauf Ravan Rəşad Rəşid Rəhim Rövşən Rüstəm Rüfət Sabir Sabit Sadiq Səfər Sahib
Səid Səməd Samir Sənan Sərdar Seyfulla Səlahəddin Seymur Siyavuş Soltan Sultan Şahin Şamil Şəmsi
Şərif Şahmar Şirin Şöhrət Tahir Talıb Tağı Teymur Telman Tofiq Toğrul Tural Turan Ülvi Ümid Üzeyir Vahid
Valeh Vaqif Vasif Vəli Vidadi Vüqar Vüsal Yaqub Yaşar Yusif Zahid Zakir Zaur Zeynal Ziya Zöhrab Zülfüqar
Rəhman Seyid Zəfər Ramin Sahil Cəlil Şəhriyar Şahlar Yavər Xalıq Sənan Hüseynağa Elvin Coşqun Rəşid
Taleh Sərxan Ayxan Tərlan Ağası Qəşəm Səxavət Şakir Nazir Yadigar Ziyad Camal Cahid Əlövsət Sərvər Hidayət
İsgəndər Kəramət Rza Şəmistan Əbülfəs Məzahir Müzəffər Yunis Asim Rahil Əliş Ədalət Eyyub Tariyel Təvəkkül Pünhan
İsmət Mətin Habil Əhəd Səbuhi Sarvan Vilayət Bəhlul Əflatun Elməddin Ramazan Mais Zahir Mətləb Niyaməddin Qalib
Qəhrəman Mənsur Nəsir Əmrah Tələt Həmzə Cəbrayıl Şərəf Fəzail Sakit Nihad Elgün Elcan Zamin Fərrux Gəray Qorxmaz
Şükür Nüsrət Əsəd Məcid Nəbi Tapdıq Sadıq
Vahab Səlah Şahbaz Faiq Əlisəttar Səttar Əjdər Ağakişi Bəhmən Cəmaləddin Nurəddin Sübhan Ağasəlim Ehtiram
Hüsaməddin İkram Kəmaləddin Mirələm Mircəlal Mirzağa Nəzər Oruc Rizvan Tərxan Təbriz Yalçın Zamiq Əlirza
Fərəc Şamxal Səyavuş Məhəmmədəli Əlabbas Əlixan Əliheydər Hümbət Hacıağa
`;

const WOMEN = `
Afaq Afət Aidə Aynur Aysel Aytən Aygün Aybəniz Almaz Arzu Aygül Bahar Banu Bəsti Dilarə Dilbər Elmira
Elnarə Esmira Əminə Fatimə Fatma Fəridə Fidan Firəngiz Gülnar Gülnarə Gülşən Gülər Gültəkin Günay Gülbəniz
Humay Həcər Hökümə İlahə İradə Jalə Kəmalə Könül Qəmər Lalə Lamiyə Laləzar Ləman Leyla Mələk Məleykə Mehriban
Mədinə Mərziyə Mətanət Məryəm Nərmin Nərgiz Natəvan Nigar Nuridə Nuranə Nüşabə Pərvanə Pəri Rəna Rəhilə Reyhan
Rəfiqə Rəsmiyyə Röya Rübabə Sabina Səbinə Səkinə Səadət Sevda Sevil Sevinc Simuzər Sona Solmaz Şəfiqə Şəhla
Şəbnəm Şəlalə Təranə Təhminə Tünzalə Türkan Ülkər Ülviyyə Vüsalə Xədicə Xatirə Xanım Zəhra Zərifə Zeynəb
Zümrüd Zülfiyyə Zəminə Cəmilə Ceyran Çimnaz Dürdanə Gövhər Gülarə Hicran Nazlı Pərişan
Aydan Aytac Şövkət Məlahət Sədaqət Sənubər Nailə Fərqanə Zivər Validə Elnurə Aynurə Gülxar Səbinə Xuraman
Şirin Turan
Səidə Şahnaz Səmayə Nəzakət Ayşən Aysu Nərminə Nurlana Günel Aynişan Zenfira Zemfira Rahilə Pərvin Xəyalə Mehparə
Nübar Sürəyya Firuzə Şölə Aytəkin Fəxriyyə Həqiqət Minayə Tamilla İlhamə Südabə Vəfa Nəzrin Turanə Gülnaz Gülyaz
Kifayət Ziba Zərnigar Lətafət Rəhimə Səriyyə Günəş
Əsmər Ruhəngiz Ulduz Yeganə Ayan Bəyim Məhbubə Minarə Nazilə Tahirə Zöhrə Gülsüm Nisə Samirə Zakirə Zərintac
`;

/**
 * An Azerbaijani-Latin name word in English. Names built on "Azər" (from Azərbaycan: Azər,
 * Azərpaşa) keep the country's English "Azer", not the letter rule's "Azar".
 */
export function azerbaijaniNameWordToEnglish(word: string): string {
  return azerbaijaniToEnglish(word.replace(/^(A)zər/iu, '$1zer'));
}

/** Names of a list in English letters, lower case (Əhməd → ahmad), as english-names.ts compares them. */
function englishNames(list: string): string[] {
  return list
    .split(/\s+/)
    .filter((w) => w !== '')
    .map((w) => azerbaijaniNameWordToEnglish(w).toLowerCase());
}

export const AZERBAIJANI_GIVEN_NAMES: ReadonlySet<string> = new Set(englishNames(`${MEN} ${WOMEN}`));

/** Men's names that are no woman's name (names given to both, Arzu, Afət, Şirin, Turan, are on both lists), in English letters, lower case. */
export const AZERBAIJANI_MEN_ONLY: ReadonlySet<string> = new Set(englishNames(MEN).filter((n) => !englishNames(WOMEN).includes(n)));
