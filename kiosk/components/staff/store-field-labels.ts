// The words for a store's fields, as the store form, its error list and the
// import report name them.
export const STORE_FIELD_LABELS = {
  code: 'stores.code',
  name: 'stores.name',
  district: 'stores.district',
  address: 'stores.address',
  supervisorName: 'stores.supervisor',
  supervisorPhone: 'stores.supervisor_phone',
  active: 'stores.active',
} as const
