import type { OfferWire } from '../api/offers'
import type { PlaceWire } from '../api/places'

/**
 * schema.org JSON-LD for a place page, so search engines and assistants can say what happens
 * where and when. A sensitive place gives no address and no coordinates, only its areas.
 */
export function placeJsonLd(place: PlaceWire, offers: OfferWire[], pageUrl: string): object {
  const amenities = (
    [
      ['stepFree', '段差なし'],
      ['elevator', 'エレベーター'],
      ['accessibleToilet', 'だれでもトイレ'],
      ['parking', '駐車場'],
    ] as const
  )
    .filter(([key]) => place.accessibility[key] === true)
    .map(([, name]) => ({ '@type': 'LocationFeatureSpecification', name, value: true }))
  const contact = place.contact
  return {
    '@context': 'https://schema.org',
    '@type': 'Place',
    '@id': pageUrl,
    url: pageUrl,
    name: place.name,
    description: place.description ?? undefined,
    address: place.address
      ? { '@type': 'PostalAddress', streetAddress: place.address, addressCountry: 'JP' }
      : place.areas.map((a) => a.name).join(' '),
    geo:
      place.location && !place.areaOnly
        ? { '@type': 'GeoCoordinates', latitude: place.location.lat, longitude: place.location.lon }
        : undefined,
    telephone: contact.phone ?? undefined,
    email: contact.email ?? undefined,
    sameAs: contact.url ?? undefined,
    amenityFeature: amenities.length ? amenities : undefined,
    event: offers.flatMap((offer) =>
      offer.nextOccurrences
        .filter((o) => !o.cancelled)
        .slice(0, 3)
        .map((o) => ({
          '@type': 'Event',
          name: o.title ?? offer.title,
          description: offer.scheduleText,
          startDate: `${o.date}T${o.start}:00+09:00`,
          endDate: `${o.date}T${o.end}:00+09:00`,
          eventStatus: 'https://schema.org/EventScheduled',
          isAccessibleForFree: offer.costYen === 0,
          location: { '@id': pageUrl },
        })),
    ),
  }
}
