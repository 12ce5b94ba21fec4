import type { BrandContextWords } from '../types.js';

/** Words near an ambiguous brand name (Smart, Mini, Seat) that show it names a maker. */
export const brandContext: BrandContextWords = {
  cues: [
    'brand', 'brands', 'marque', 'carmaker', 'carmakers', 'automaker', 'automakers', 'manufacturer', 'manufacturers',
    'subsidiary', 'venture', 'model', 'models', 'vehicle', 'vehicles', 'car', 'cars', 'SUV', 'SUVs', 'sedan', 'sedans',
    'saloon', 'hatchback', 'crossover', 'pickup', 'pickups', 'coupe', 'roadster', 'supercar', 'supercars', 'EV', 'EVs',
    'electric', 'hybrid', 'hybrids', 'dealer', 'dealers', 'dealership', 'dealerships', 'showroom', 'showrooms',
    'lineup', 'sales', 'deliveries', 'registrations', 'truck', 'trucks', 'van', 'vans', 'bus', 'buses', 'coach',
  ],
  listJoiners: ['and', 'or'],
};
