import type { BrandContextWords } from '../types.js';

/** Words near an ambiguous brand name (Smart, Mini, Seat) that show it names a maker. */
export const brandContext: BrandContextWords = {
  cues: [
    'marque', 'marques', 'constructeur', 'constructeurs', 'fabricant', 'fabricants', 'filiale', 'coentreprise',
    'modèle', 'modèles', 'véhicule', 'véhicules', 'voiture', 'voitures', 'SUV', 'berline', 'berlines', 'citadine',
    'citadines', 'coupé', 'cabriolet', 'électrique', 'électriques', 'hybride', 'hybrides', 'thermique', 'thermiques',
    'concessionnaire', 'concessionnaires', 'gamme', 'immatriculations', 'ventes', 'livraisons', 'camion', 'camions',
    'utilitaire', 'utilitaires', 'autobus', 'autocar', 'autocars',
  ],
  listJoiners: ['et', 'ou'],
};
