// Chaînes françaises. Le vocabulaire suit ../shared/PRODUCT.md.
import type { Strings } from './en'

export const fr: Strings = {
  app: { name: 'Parcours', tagline: 'Parcours clients, blueprints et cartes d’empathie — en local' },
  common: {
    language: 'Langue', cancel: 'Annuler', create: 'Créer', delete: 'Supprimer', close: 'Fermer',
    rename: 'Renommer', duplicate: 'Dupliquer', open: 'Ouvrir', save: 'Enregistrer', undo: 'Annuler la dernière action', redo: 'Rétablir',
    export: 'Exporter', import: 'Importer', confirm: 'Confirmer', none: 'Aucun', back: 'Retour aux tableaux',
  },
  kind: { journey: 'Parcours client', blueprint: 'Service blueprint', target: 'Parcours client cible', empathy: 'Carte d’empathie' },
  role: {
    actions: 'Ce que fait le client', touchpoints: 'Occasions de contact', channels: 'Canaux', thoughts: 'Pensées',
    emotions: 'Courbe des émotions', pains: 'Irritants / points de douleur', opportunities: 'Opportunités', moments: 'Moments de vérité',
    evidence: 'Éléments matériels', customer: 'Actions du client', frontstage: 'Actions visibles (front office)',
    backstage: 'Actions invisibles (back office)', support: 'Processus de soutien', irritants: 'Irritants', musts: 'Incontournables',
    pluses: 'Les « plus »', standards: 'Standards de service', notes: 'Notes',
    says: 'Dit', thinks: 'Pense', does: 'Fait', feels: 'Ressent', gains: 'Gains',
    'line-interaction': 'Ligne d’interaction', 'line-visibility': 'Ligne de visibilité',
    'line-internal': 'Ligne d’interaction interne',
  },
  tag: { irritant: 'Irritant', wow: 'Effet « wow »', must: 'Incontournable', idea: 'Idée', question: 'Question', touchpoint: 'Occasion de contact' },
  evidence: { fact: 'Fait', assumption: 'Supposition (à vérifier)' },
  moment: { positive: 'Moment de vérité positif', negative: 'Moment de vérité négatif' },
  phase: { before: 'Avant', during: 'Pendant', after: 'Après' },
}
