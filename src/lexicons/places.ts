/**
 * Place names: countries, states and provinces, capitals and the cities that
 * file most news. Only needed where a place alone opens a paragraph with a
 * colon (`Toronto: …`), a form that labels (`Update: …`, `Photo: …`) share;
 * datelines with a date, an agency or a dash need no gazetteer. Options can
 * add places (`options.places`).
 */

const countries = `Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan Bahamas Bahrain
Bangladesh Barbados Belarus Belgium Belize Benin Bhutan Bolivia Bosnia Botswana Brazil Brunei Bulgaria Burkina Faso Burundi
Cambodia Cameroon Canada Chad Chile China Colombia Comoros Congo Croatia Cuba Cyprus Czechia Denmark Djibouti Dominica
Ecuador Egypt Eritrea Estonia Eswatini Ethiopia Fiji Finland France Gabon Gambia Georgia Germany Ghana Greece Grenada Guatemala
Guinea Guyana Haiti Honduras Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Jamaica Japan Jordan Kazakhstan
Kenya Kiribati Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon Lesotho Liberia Libya Liechtenstein Lithuania Luxembourg
Madagascar Malawi Malaysia Maldives Mali Malta Mauritania Mauritius Mexico Micronesia Moldova Monaco Mongolia Montenegro
Morocco Mozambique Myanmar Namibia Nauru Nepal Netherlands Nicaragua Niger Nigeria Norway Oman Pakistan Palau Palestine
Panama Paraguay Peru Philippines Poland Portugal Qatar Romania Russia Rwanda Samoa Senegal Serbia Seychelles Singapore
Slovakia Slovenia Somalia Spain Sudan Suriname Sweden Switzerland Syria Taiwan Tajikistan Tanzania Thailand Togo Tonga
Tunisia Turkey Turkmenistan Tuvalu Uganda Ukraine Uruguay Uzbekistan Vanuatu Venezuela Vietnam Yemen Zambia Zimbabwe
Gaza Kashmir Tibet Crimea Chechnya Scotland Wales England Britain`

const multiWordCountries = [
  'Burkina Faso', 'Cape Verde', 'Central African Republic', 'Costa Rica', 'Czech Republic', 'Dominican Republic',
  'East Timor', 'El Salvador', 'Equatorial Guinea', 'Ivory Coast', 'New Zealand', 'North Korea', 'South Korea',
  'North Macedonia', 'Papua New Guinea', 'Saudi Arabia', 'Sierra Leone', 'Solomon Islands', 'South Africa',
  'South Sudan', 'Sri Lanka', 'Trinidad and Tobago', 'United Arab Emirates', 'United Kingdom', 'United States',
  'Hong Kong', 'West Bank', 'Northern Ireland', 'Vatican City', 'Puerto Rico'
]

const usStates = `Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois
Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska
Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming`

const multiWordStates = [
  'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Rhode Island',
  'South Carolina', 'South Dakota', 'West Virginia', 'British Columbia', 'New South Wales', 'Western Australia',
  'South Australia', 'Northern Territory', 'Tamil Nadu', 'Uttar Pradesh', 'Madhya Pradesh', 'Andhra Pradesh',
  'Himachal Pradesh', 'Arunachal Pradesh', 'West Bengal', 'Jammu and Kashmir'
]

const regions = `Ontario Quebec Alberta Manitoba Saskatchewan Nova Scotia Queensland Victoria Tasmania Punjab Kerala Karnataka
Maharashtra Gujarat Rajasthan Bihar Odisha Assam Telangana Haryana Uttarakhand Jharkhand Chhattisgarh Goa Sindh Balochistan
Bavaria Catalonia Andalusia Lombardy Sicily Sardinia Siberia Kurdistan Darfur Xinjiang Guangdong Sichuan Hubei`

const cities = `Abuja Accra Addis Ababa Ahmedabad Algiers Amman Amsterdam Ankara Antananarivo Astana Asuncion Athens Atlanta
Auckland Austin Baghdad Baku Bamako Bangalore Bengaluru Bangkok Bangui Banjul Barcelona Basra Beijing Beirut Belfast Belgrade
Berlin Bern Bhopal Bhubaneswar Birmingham Bishkek Bogota Boston Brasilia Bratislava Brazzaville Brisbane Brussels Bucharest
Budapest Bujumbura Cairo Calcutta Kolkata Calgary Canberra Caracas Cardiff Casablanca Chandigarh Chennai Madras Chicago
Chisinau Colombo Conakry Copenhagen Dakar Dallas Damascus Dehradun Delhi Denver Detroit Dhaka Dili Doha Dubai Dublin Dushanbe
Edinburgh Frankfurt Freetown Gaborone Geneva Glasgow Guwahati Gurgaon Gurugram Hamburg Hanoi Harare Havana Helsinki Hiroshima
Honolulu Houston Hyderabad Islamabad Istanbul Jaipur Jakarta Jerusalem Johannesburg Juba Kabul Kampala Kanpur Karachi
Kathmandu Khartoum Kiev Kyiv Kigali Kingston Kinshasa Kobe Kochi Kuwait Lagos Lahore Lhasa Libreville Lilongwe Lima Lisbon
Ljubljana Lome London Luanda Lucknow Lusaka Luxembourg Lyon Madrid Malabo Male Managua Manama Manchester Manila Maputo Marseille
Maseru Mecca Medina Melbourne Miami Milan Minsk Mogadishu Monrovia Montevideo Montreal Moscow Mosul Mumbai Bombay Munich
Muscat Mysore Nagasaki Nagpur Nairobi Naples Nashville Nassau Ndjamena Niamey Nicosia Noida Nouakchott Osaka Oslo Ottawa
Ouagadougou Panaji Paris Patna Perth Peshawar Philadelphia Phoenix Podgorica Prague Praia Pretoria Pristina Pune Putrajaya
Pyongyang Quito Rabat Raipur Ranchi Rangoon Yangon Reykjavik Riga Riyadh Rome Sacramento Sanaa Santiago Sapporo Sarajevo
Seattle Seoul Shanghai Shenzhen Shillong Shimla Singapore Skopje Sochi Sofia Srinagar Stockholm Surabaya Suva Sydney Taipei
Tallinn Tashkent Tbilisi Tegucigalpa Tehran Thimphu Thiruvananthapuram Tirana Tokyo Toronto Tripoli Tunis Ulaanbaatar Vaduz
Valletta Vancouver Varanasi Vienna Vientiane Vilnius Visakhapatnam Warsaw Wellington Windhoek Wuhan Yaounde Yerevan Zagreb
Chandigarh Amritsar Ludhiana Jalandhar Indore Coimbatore Madurai Mangalore Mangaluru Vijayawada Guntur Kozhikode Thrissur
Jammu Leh Imphal Aizawl Agartala Kohima Itanagar Gangtok Dispur Ayodhya Agra Meerut Ghaziabad Faridabad Allahabad Prayagraj
Bhatinda Bathinda Kandahar Herat Jalalabad Mazar Aleppo Homs Idlib Raqqa Kirkuk Erbil Fallujah Ramadi Haifa Tel Aviv Ramallah
Hebron Nablus Jenin Rafah Benghazi Misrata Odessa Kharkiv Lviv Donetsk Luhansk Mariupol Kherson Zaporizhzhia Bakhmut
New York Chicago Houston Phoenix Philadelphia Antonio Dallas Jacksonville Columbus Charlotte Indianapolis Denver
Baltimore Milwaukee Albuquerque Tucson Fresno Mesa Omaha Raleigh Cleveland Tulsa Minneapolis Tampa Pittsburgh Cincinnati
Orlando Anchorage Buffalo Newark Portland Richmond Memphis Louisville Spokane Boise Charleston Savannah Annapolis Albany
Hartford Providence Trenton Harrisburg Montgomery Jackson Tallahassee Frankfort Lansing Madison Springfield Topeka Lincoln
Bismarck Pierre Helena Cheyenne Olympia Salem Juneau Honolulu Carson Augusta Concord Montpelier Dover Columbia Atlanta
Munich Cologne Stuttgart Dusseldorf Leipzig Dresden Hanover Nuremberg Bremen Rotterdam Antwerp Geneva Zurich Basel Lausanne
Turin Florence Venice Bologna Genoa Seville Valencia Bilbao Porto Krakow Gdansk Wroclaw Thessaloniki Izmir Antalya Alexandria
Giza Luxor Mombasa Kisumu Durban Soweto Kano Ibadan Goma Benghazi Marrakech Fez Tangier Oran Sfax
Vladivostok Novosibirsk Kazan Grozny Yekaterinburg Volgograd Murmansk Kaliningrad Davos Strasbourg Brussels Luxembourg`

const multiWordCities = [
  'Abu Dhabi', 'Addis Ababa', 'Bandar Seri Begawan', 'Buenos Aires', 'Cape Town', 'Dar es Salaam', 'Guatemala City',
  'Ho Chi Minh City', 'Kuala Lumpur', 'La Paz', 'Las Vegas', 'Los Angeles', 'Mexico City', 'New Delhi', 'New Orleans',
  'New York', 'Panama City', 'Phnom Penh', 'Port Louis', 'Port Moresby', 'Port-au-Prince', 'Rio de Janeiro', 'San Diego',
  'San Francisco', 'San Jose', 'San Juan', 'San Salvador', 'Santo Domingo', 'Sao Paulo', 'São Paulo', 'St. Louis',
  'St Petersburg', 'St. Petersburg', 'Saint Petersburg', 'Tel Aviv', 'The Hague', 'Washington DC', 'Washington D.C.',
  'Hong Kong', 'Kuwait City', 'Salt Lake City', 'Kansas City', 'Oklahoma City', 'Quebec City', 'Navi Mumbai',
  'Greater Noida', 'Port Blair', 'Gaza City', 'West Bank', 'Sharm el-Sheikh', 'Santa Fe', 'Fort Worth', 'El Paso'
]

function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean)
}

/** Every built-in place, lower case. */
export const places: ReadonlySet<string> = new Set(
  [...words(countries), ...multiWordCountries, ...words(usStates), ...multiWordStates, ...words(regions), ...words(cities), ...multiWordCities].map(
    (place) => place.toLowerCase()
  )
)

const extraSets = new WeakMap<ReadonlyArray<string>, ReadonlySet<string>>()

/** The places an option adds, lower case, as a set (built once per option list). */
export function extraPlaces(extra: ReadonlyArray<string> | null | undefined): ReadonlySet<string> | undefined {
  if (!extra || extra.length === 0) return undefined
  let set = extraSets.get(extra)
  if (!set) {
    set = new Set(extra.map((place) => place.toLowerCase().replace(/\s+/g, ' ')))
    extraSets.set(extra, set)
  }
  return set
}

/** Whether `value` is a known place (case-insensitive), or each part of `A/ B` is. */
export function isKnownPlace(value: string, extra?: ReadonlySet<string>): boolean {
  const parts = value.split(/\s*\/\s*/)
  return parts.every((part) => {
    const key = part.trim().toLowerCase().replace(/\s+/g, ' ')
    return places.has(key) || (extra !== undefined && extra.has(key))
  })
}
