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
 * DISTRICT-kind layer (the coarse named areas where sensitive places are shown); within a 地区,
 * the 町丁目 of the first CHOME-kind layer.
 */
export const useAreasStore = defineStore('areas', () => {
  const layers = shallowRef<AreaLayerWire[]>([])
  const cities = shallowRef<AreaWire[]>([])
  const districts = shallowRef<AreaWire[]>([])
  /** The city's 地区 boundaries for the map; the list never needs them. */
  const boundaries = shallowRef<FeatureCollection | null>(null)
  const districtsOf = ref<string | null>(null)
  /** The chosen 地区's 町丁目 and their outlines. */
  const chomes = shallowRef<AreaWire[]>([])
  const chomeBoundaries = shallowRef<FeatureCollection | null>(null)
  const chomesOf = ref<number | null>(null)
  let loaded: Promise<void> | null = null

  const districtLayer = computed(() => layers.value.find((l) => l.kind === 'DISTRICT') ?? null)
  const chomeLayer = computed(() => layers.value.find((l) => l.kind === 'CHOME') ?? null)

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

  /** The 町丁目 of a 地区 (none when the city has no such layer); null forgets them. */
  async function loadChomes(districtId: number | null, client: ApiClient = api): Promise<void> {
    if (chomesOf.value === districtId) return
    const layer = chomeLayer.value
    if (districtId === null || !layer) {
      chomes.value = []
      chomeBoundaries.value = null
    } else {
      const filter = { layer: layer.code, within: districtId }
      const [list, shapes] = await Promise.all([
        fetchAreas(filter, undefined, client),
        fetchAreasGeoJson(filter, undefined, client).catch(() => null),
      ])
      // By name: Japanese collation orders common kanji by reading, near the 五十音 order of a list.
      chomes.value = [...list].sort((a, b) => a.name.localeCompare(b.name, 'ja'))
      chomeBoundaries.value = shapes
    }
    chomesOf.value = districtId
  }

  function chome(code: string | null): AreaWire | null {
    return chomes.value.find((c) => c.code === code) ?? null
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
    chomes,
    chomeBoundaries,
    loadCities,
    loadDistricts,
    loadChomes,
    city,
    district,
    chome,
  }
})
