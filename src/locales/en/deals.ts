import type { DealVocabulary } from '../types.js';

export const deals: DealVocabulary = {
  partnershipTriggers: {
    'strategic partnership': 'strategic_partnership', 'strategic alliance': 'strategic_partnership', 'strategic cooperation': 'strategic_partnership',
    'joint venture': 'joint_venture', 'joint-venture': 'joint_venture', 'jv': 'joint_venture', 'equally owned company': 'joint_venture',
    'memorandum of understanding': 'memorandum', 'mou': 'memorandum', 'memorandum': 'memorandum', 'letter of intent': 'memorandum',
    'merger agreement': 'acquisition', 'acquisition': 'acquisition', 'acquire': 'acquisition', 'acquires': 'acquisition', 'acquired': 'acquisition',
    'take private': 'acquisition', 'takeover': 'acquisition', 'buyout': 'acquisition', 'merger': 'acquisition', 'buy out': 'acquisition',
    'stake in': 'investment', 'stake': 'investment', 'investment in': 'investment', 'invest in': 'investment', 'invests in': 'investment',
    'supply agreement': 'supply', 'supply deal': 'supply', 'will supply': 'supply', 'supplier': 'supply',
    'licensing agreement': 'licensing', 'license': 'licensing', 'licence': 'licensing', 'licensing': 'licensing',
    'definitive agreements': 'agreement', 'definitive agreement': 'agreement', 'agreement': 'agreement', 'agreements': 'agreement',
    'deal': 'agreement', 'signed': 'agreement', 'contract': 'agreement', 'distributor': 'agreement', 'distribution deal': 'agreement',
    'importer': 'agreement', 'framework deal': 'agreement',
    'partnership': 'collaboration', 'collaboration': 'collaboration', 'cooperation': 'collaboration', 'partnered': 'collaboration',
    'teamed up': 'collaboration', 'tie-up': 'collaboration', 'alliance': 'strategic_partnership',
  },
  launchTriggers: {
    'launched': 'launch', 'launches': 'launch', 'launch': 'launch', 'went on sale': 'launch', 'goes on sale': 'launch', 'go on sale': 'launch',
    'introduced': 'launch', 'unveiled': 'launch', 'debuted': 'launch', 'rolled out': 'launch', 'arrived': 'launch', 'order books': 'launch',
    'taking orders': 'launch', 'began taking': 'launch',
    'entered': 'market_entry', 'enter': 'market_entry', 'enters': 'market_entry', 'entry into': 'market_entry', 'market entry': 'market_entry',
    'expand into': 'market_entry', 'expands into': 'market_entry', 'expanded into': 'market_entry', 'arrival in': 'market_entry',
  },
  partyConnectors: ['with', 'between'],
  modelCues: ['model', 'models', 'suv', 'sedan', 'saloon', 'hatchback', 'mpv', 'pickup', 'crossover', 'flagship', 'the', 'its'],
  organizationHeads: ['university', 'laboratory', 'lab', 'ministry', 'government', 'institute', 'fund', 'bank', 'agency', 'academy', 'council', 'commission', 'state'],
  nameConnectors: ['of', 'and', 'the', '&', '-', 'de', 'do', 'da'],
  definiteArticles: ['the', 'this', 'that'],
  scopeTopics: {
    'r&d': 'R&D', 'research and development': 'R&D', 'research': 'research', 'training': 'education', 'distribution': 'distribution',
    'software': 'software', 'batteries': 'batteries', 'battery': 'batteries', 'autonomous driving': 'autonomous driving',
    'production': 'production', 'manufacturing': 'production', 'assembly': 'assembly', 'ckd assembly': 'CKD assembly',
    'electrical architecture': 'electrical architecture', 'new energy vehicles': 'new energy vehicles', 'electric vehicles': 'electric vehicles',
    'charging': 'charging', 'hydrogen': 'hydrogen', 'platform': 'platform', 'plant': 'vehicle plant',
  },
};
