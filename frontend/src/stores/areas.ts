import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { FeatureCollection } from 'geojson'
import {
  fetchAreaLayers,
  fetchAreas,
  fetchAreasGeoJson,
  type AreaLayerWire,
  type AreaWire,
} from '../api/areas'
import { api, type ApiClient } from '../api/client'

/**
 * The cities and their 地区 residents choose from: the municipality layer, and the city's first
 * DISTRICT-kind layer (the coarse named areas where sensitive places are shown).
 */
export const useAreasStore = defineStore('areas', () => {
  const layers = shallowRef<AreaLayerWire[]>([])
  const cities = shallowRef<AreaWire[]>([])
  const districts = shallowRef<AreaWire[]>([])
  /** The city's 地区 boundaries for the map; the list never needs them. */
  const boundaries = shallowRef<FeatureCollection | null>(null)
  const districtsOf = ref<string | null>(null)
  let loaded: Promise<void> | null = null

  const districtLayer = computed(() => layers.value.find((l) => l.kind === 'DISTRICT') ?? null)

  /** Layers and cities, once per visit. */
  function loadCities(client: ApiClient = api): Promise<void> {
    loaded ??= (async () => {
      layers.value = await fetchAreaLayers(undefined, client)
      const municipality = layers.value.find((l) => l.kind === 'MUNICIPALITY')
      cities.value = municipality
        ? await fetchAreas({ layer: municipality.code }, undefined, client)
        : []
    })().catch((e) => {
      loaded = null // let a retry ask again
      throw e
    })
    return loaded
  }

  async function loadDistricts(cityCode: string, client: ApiClient = api): Promise<void> {
    if (districtsOf.value === cityCode) return
    const layer = districtLayer.value
    const filter = { layer: layer?.code, cityCode }
    const [list, shapes] = layer
      ? await Promise.all([
          fetchAreas(filter, undefined, client),
          // Without boundaries the map still shows the pins: never fail the page for them.
          fetchAreasGeoJson(filter, undefined, client).catch(() => null),
        ])
      : [[], null]
    districts.value = list
    boundaries.value = shapes
    districtsOf.value = cityCode
  }

  function city(code: string | null): AreaWire | null {
    return cities.value.find((c) => c.code === code) ?? null
  }

  function district(code: string | null): AreaWire | null {
    return districts.value.find((d) => d.code === code) ?? null
  }

  return {
    layers,
    cities,
    districts,
    boundaries,
    districtLayer,
    loadCities,
    loadDistricts,
    city,
    district,
  }
})
