/** Tunable limits of the complaint flow, with the defaults the issue asks for. */
export interface ComplaintLimits {
  descriptionMin: number;
  descriptionMax: number;
  maxPhotos: number;
  /** Complaints a resident may file per `rateWindowMinutes`. */
  perWindow: number;
  rateWindowMinutes: number;
  /** "+1": how far back open complaints are offered, and how many. */
  similarDays: number;
  similarShown: number;
  pageSize: number;
  /** A form left alone this long is dropped. */
  formTtlHours: number;
}

export const DEFAULT_LIMITS: ComplaintLimits = {
  descriptionMin: 10,
  descriptionMax: 2000,
  maxPhotos: 10,
  perWindow: 5,
  rateWindowMinutes: 60,
  similarDays: 30,
  similarShown: 3,
  pageSize: 5,
  formTtlHours: 24,
};
