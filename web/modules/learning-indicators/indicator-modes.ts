import { deliveryModes } from '../../../contracts/learning-catalogue';

/** Delivery modes in the order of the targets, trainings a municipality requested last. */
export const indicatorModes = [...deliveryModes, 'on_request'] as const;
