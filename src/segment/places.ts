/**
 * Cities a story may be filed from in ordinary case before a colon, as papers of the Gulf and of South Asia print
 * their datelines (`Muscat: Oman and Iran agreed …`, `New Delhi: The government …`).
 * Note: a list, not a shape: `Storm Bert: More than 100 flood warnings …` opens a story the same way. The gazetteers
 * on npm are whole world city lists (tens of MB of JSON) or come with an NLP package that takes half a second to load;
 * the places such datelines name are few. Lower case; compared with a line's text in lower case.
 */
export const DATELINE_CITIES: ReadonlySet<string> = new Set(
  [
    // The Gulf
    'abu dhabi', 'dubai', 'sharjah', 'ajman', 'fujairah', 'ras al khaimah', 'umm al quwain', 'al ain', 'muscat', 'salalah', 'sohar',
    'doha', 'manama', 'kuwait', 'kuwait city', 'riyadh', 'jeddah', 'dammam', 'makkah', 'mecca', 'madinah', 'medina', 'khobar',
    'al-khobar', 'neom', 'abha', 'tabuk',
    // The Levant, Iraq, Iran, Turkey, Yemen
    'beirut', 'damascus', 'aleppo', 'amman', 'jerusalem', 'tel aviv', 'gaza', 'gaza city', 'ramallah', 'baghdad', 'basra', 'erbil',
    'mosul', 'tehran', 'ankara', 'istanbul', 'sanaa', "sana'a", 'aden',
    // North Africa
    'cairo', 'alexandria', 'khartoum', 'tripoli', 'benghazi', 'tunis', 'algiers', 'rabat', 'casablanca', 'nouakchott',
    // South Asia
    'new delhi', 'delhi', 'mumbai', 'kolkata', 'chennai', 'bengaluru', 'bangalore', 'hyderabad', 'ahmedabad', 'pune', 'lucknow',
    'jaipur', 'chandigarh', 'srinagar', 'thiruvananthapuram', 'kochi', 'islamabad', 'karachi', 'lahore', 'peshawar', 'quetta',
    'rawalpindi', 'kabul', 'dhaka', 'colombo', 'kathmandu', 'male',
    // Elsewhere, the capitals and cities such papers most often file from
    'london', 'washington', 'new york', 'paris', 'berlin', 'brussels', 'geneva', 'moscow', 'kyiv', 'beijing', 'shanghai',
    'hong kong', 'tokyo', 'seoul', 'singapore', 'kuala lumpur', 'jakarta', 'manila', 'bangkok', 'nairobi', 'addis ababa', 'addis abeba',
    'lagos', 'johannesburg', 'rome', 'madrid', 'vienna', 'ottawa', 'canberra', 'sydney', 'brasilia', 'mexico city',
    // Europe's other capitals, as its regional sites file from them (Balkan Insight's `Belgrade`)
    'belgrade', 'sarajevo', 'zagreb', 'skopje', 'pristina', 'podgorica', 'tirana', 'sofia', 'bucharest', 'budapest', 'warsaw',
    'prague', 'athens', 'ljubljana', 'bratislava', 'chisinau', 'vilnius', 'riga', 'tallinn', 'helsinki', 'stockholm', 'oslo',
    'copenhagen', 'dublin', 'lisbon', 'amsterdam', 'bern',
    // Africa's other capitals its papers file from (The Guardian Nigeria's `Abuja`)
    'abuja', 'accra', 'kampala', 'kigali', 'dar es salaam', 'dodoma', 'harare', 'lusaka', 'windhoek', 'gaborone', 'pretoria',
    'cape town', 'maputo', 'luanda', 'kinshasa', 'dakar', 'abidjan', 'khartoum', 'mogadishu', 'juba',
  ],
);
